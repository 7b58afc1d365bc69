package search

import "testing"

func TestAsksYesNo(t *testing.T) {
	for q, want := range map[string]bool{
		"Did Sheinbaum accept U.S. troops?":         true,
		"so does mexico agree with the strikes":     true,
		"is it true that the senate approved it":    true,
		"wait, has Mexico allowed the Green Berets": true,
		"what did Sheinbaum accept":                 false,
		"why did Mexico refuse":                     false,
		"sheinbaum troops?":                         false,
		"I read the call was friendly. true?":       true,
		"True or false: the senate voted for it":    true,
		"trump wanted to bomb the cartels?":         true,
		"the call went well, right?":                true,
		"what is true about the call?":              false,
		"she said it was true":                      false,
		"true  or false: it was close":              true,
	} {
		if got := asksYesNo(q); got != want {
			t.Errorf("asksYesNo(%q) = %v, want %v", q, got, want)
		}
	}
}

// "Did she accept" is answered by the passage that says she rejected, and
// "did she refuse" by the one that says she agreed.
func TestYesNoFindsEitherAnswer(t *testing.T) {
	ix := newIndex(t, [][]string{{"reject", "rebuff"}, {"accept", "agree"}}, article("a", "Daily", "2025-01-01",
		append([]string{
			"Sheinbaum said the troops at the border would stay until March.",
			"Sheinbaum rebuffed the offer of American troops.",
			"The governor said the police at the border would stay until March.",
			"The governor agreed to the offer of more police.",
		}, filler...)...))
	wantAt(t, ix, "did sheinbaum accept the troops at the border", 1)
	wantAt(t, ix, "did the governor refuse more police at the border", 3)
	wantAt(t, ix, "what did sheinbaum say about the troops", 0)
}

// "Do Mexicans want U.S. troops" asks whether they welcome or oppose them:
// a poll that says most oppose answers it.
func TestYesNoWantFindsOpposition(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Mexicans debated U.S. troops at length this year.",
			"Surveys found that most Mexicans oppose U.S. troops on their soil.",
		}, filler...)...))
	wantAt(t, ix, "do most mexicans want U.S. troops", 1)
}

// "Is he stopping in Mexico" is answered by the passage that says he is
// skipping it.
func TestYesNoVisitFindsASkip(t *testing.T) {
	ix := newIndex(t, [][]string{{"visit", "trip"}}, article("a", "Daily", "2025-01-01",
		append([]string{
			"Rubio launches a Latin America trip next week, the first of his tenure.",
			"Rubio is skipping Brazil, and Mexico City is not on the trip either.",
		}, filler...)...))
	wantAt(t, ix, "is rubio stopping in mexico on his latin america trip", 1)
}

// "Was the vote close" is answered by the passage that says it was
// unanimous, though it shares fewer words with the question than the one
// that reports the decision.
func TestYesNoFindsAVoteEitherWay(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The Senate has approved the deployment of Green Berets to train the marines.",
			filler[0],
			"The Senate commission voted unanimously to approve the mission.",
		}, filler[1:]...)...))
	wantAt(t, ix, "was the vote on the green beret mission close", 2)
	wantAt(t, ix, "did the senate approve the green beret deployment", 0)
}

// A claim checked with a tag is answered by the passage that settles it,
// either way, and the tag itself finds nothing: "It's true," said in a
// passage, does not answer whether the call was friendly.
func TestClaimCheckFindsEitherAnswer(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"“It’s true,” the president said of the call with the prime minister.",
			"Things became tense on the call when the cartels came up.",
		}, filler...)...))
	wantAt(t, ix, "I read the call with the president was friendly the whole time. true?", 1)
	wantAt(t, ix, "the call was friendly?", 1)
}

func TestChecksClaim(t *testing.T) {
	for q, want := range map[string]bool{
		"Rubio said it on Tucker Carlson's show, right?":       true,
		"Sheinbaum said maybe later, didn't she?":              true,
		"Wasn't it Hegseth's trip that cemented it?":           true,
		"Was it the Pentagon that said so?":                    true,
		"trump told cnn that mexico is afraid of the cartels?": true,
		"I read the call was friendly. true?":                  true,
		"Did Trudeau say the cartels run Mexico?":              false,
		"what did Tucker Carlson say about the cartels?":       false,
		"sheinbaum troops?":                                    false,
		"is the senate going to vote":                          false,
		"which paper broke the story, the times or the post?":  false,
	} {
		if got := checksClaim(q); got != want {
			t.Errorf("checksClaim(%q) = %v, want %v", q, got, want)
		}
	}
}

// A claim the asker remembers with a wrong name ("on Tucker Carlson's
// show") is answered by the passage that holds the rest of it, which sets
// the name right; a question that asks about the name itself is refused.
func TestClaimWithAMisrememberedName(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Rubio told a Fox News host that the cartels are the most powerful force on the ground in Mexico.",
			"The cartels also move fentanyl by land and air.",
		}, filler...)...))
	wantAt(t, ix, "Rubio went on Tucker Carlson's show and said the cartels are the most powerful force in Mexico, right?", 0)
	wantAt(t, ix, "Was it the Pentagon that said the cartels are powerful?", 0)
	wantRefused(t, ix, "what did Tucker Carlson say about the cartels in Mexico?")
	wantRefused(t, ix, "Did Trudeau say the cartels are the most powerful force in Mexico?")

	// names the claim has wrong are not words the corpus lacks: "trend"
	// is the only one here
	ix = newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"On TikTok, users demanded a boycott of American products, filming themselves pouring Coca Cola down the drain.",
			"The cartels also move fentanyl by land and air.",
		}, filler...)...))
	if q := parsed(t, ix, "Wasn't there an Instagram trend of pouring Pepsi down the drain to boycott American products?"); q.unknown != 1 {
		t.Errorf("claim with two wrong names: %d unknown words, want 1", q.unknown)
	}
	if q := parsed(t, ix, "Is there an Instagram trend of pouring Pepsi down the drain?"); q.unknown < 2 {
		t.Errorf("question with two names the corpus lacks: %d unknown words, want 2 or more", q.unknown)
	}
}

// So may a claim have its year wrong: the passage with the rest of the
// claim answers, and its quote gives the right one. A question that is no
// claim, about a year the corpus never names, is still refused.
func TestClaimWithAMisrememberedYear(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The last time a secretary of state went to Latin America first was in 1912, when Knox went to Panama.",
			"The cartels also move fentanyl by land and air.",
		}, filler...)...))
	wantAt(t, ix, "the last time a secretary of state went to latin america first was 1920, right?", 0)
	wantRefused(t, ix, "where did the secretary of state go in 1920?")
}
