package search

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/corpus"
)

// article builds an article whose passages are the given paragraphs.
func article(id, outlet, date string, paragraphs ...string) *corpus.Article {
	published, err := time.Parse("2006-01-02", date)
	if err != nil {
		panic(err)
	}
	a := &corpus.Article{ID: id, Title: "Report " + id, Outlet: outlet, Published: published}
	for i, p := range paragraphs {
		a.Passages = append(a.Passages, corpus.Passage{
			ArticleID: id, Index: i, Line: i + 1, Text: p, Sentences: corpus.SplitSentences(p),
		})
	}
	return a
}

// newIndex builds an index over the articles, with the synonym groups.
func newIndex(t *testing.T, synonyms [][]string, articles ...*corpus.Article) *Index {
	t.Helper()
	c := &corpus.Corpus{Articles: articles, Synonyms: synonyms, Source: "test"}
	ix, err := New(c, Options{})
	if err != nil {
		t.Fatalf("New = %v", err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

func ask(t *testing.T, ix *Index, q corpus.Query) *corpus.Answer {
	t.Helper()
	ans, err := ix.Search(t.Context(), q)
	if err != nil {
		t.Fatalf("Search(%q) = %v", q.Text, err)
	}
	return ans
}

// wantAt fails t unless searching ix for q returns passage i of the
// test article first.
func wantAt(t *testing.T, ix *Index, q string, i int) {
	t.Helper()
	if ans := ask(t, ix, corpus.Query{Text: q}); len(ans.Results) == 0 || ans.Results[0].Passage.Index != i {
		t.Errorf("Search(%q) = %v, want a#%d first", q, ids(ans), i)
	}
}

// wantArticle fails t unless searching ix for q gives a passage of the
// article id first.
func wantArticle(t *testing.T, ix *Index, q, id string) {
	t.Helper()
	if ans := ask(t, ix, corpus.Query{Text: q}); len(ans.Results) == 0 || ans.Results[0].Article.ID != id {
		t.Errorf("Search(%q) = %v, want %s first", q, ids(ans), id)
	}
}

// wantRefused fails t unless searching ix for q is refused.
func wantRefused(t *testing.T, ix *Index, q string) {
	t.Helper()
	if ans := ask(t, ix, corpus.Query{Text: q}); !ans.NoMatch {
		t.Errorf("Search(%q) = %v, want no_match", q, ids(ans))
	}
}

// ids lists the results as article#passage.
func ids(ans *corpus.Answer) []string {
	var out []string
	for _, r := range ans.Results {
		out = append(out, fmt.Sprintf("%s#%d", r.Article.ID, r.Passage.Index))
	}
	return out
}

// filler is news text about something else, so that test corpora have
// common words and the words under test stay rare.
var filler = []string{
	"The city council gathered on Monday to discuss the budget for road repairs. Members argued for hours.",
	"Local farmers said the harvest was smaller because of the dry summer.",
	"The museum opened a new wing dedicated to modern painting and sculpture.",
	"Schools will close early on Friday for a teacher training day.",
}

func TestSynonymGroups(t *testing.T) {
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Synonyms) < 10 {
		t.Fatalf("embedded synonyms.txt has %d groups, want at least 10", len(c.Synonyms))
	}
	if problems := SynonymProblems(c); len(problems) > 0 {
		t.Errorf("SynonymProblems(embedded) = %q, want none", problems)
	}
	for _, g := range c.Synonyms {
		// a passage with the group's first term is found by a question
		// with each other term
		passage := fmt.Sprintf("Officials discussed the %s at length on Tuesday.", g[0])
		ix := newIndex(t, c.Synonyms, article("a", "Daily", "2025-01-01", append([]string{passage}, filler...)...))
		for _, w := range g[1:] {
			ans := ask(t, ix, corpus.Query{Text: w})
			if len(ans.Results) == 0 || ans.Results[0].Passage.Index != 0 {
				t.Errorf("group %q: Search(%q) = %v, want the passage with %q first", strings.Join(g, ", "), w, ids(ans), g[0])
			}
		}
	}
}

// A moderator who writes a group the search cannot use as written learns
// where and why: a term of two words, a stop word, a group left with one
// term, and terms of two groups that are one word to the search.
func TestSynonymProblems(t *testing.T) {
	c, err := corpus.Load(fstest.MapFS{
		"a.md":              {Data: []byte("---\ntitle: A\noutlet: Daily\npublished: 2025-01-01\nurl: https://example.com/a\n---\nTroops were sent.\n")},
		corpus.SynonymsFile: {Data: []byte("# groups\nphone call, telephone conversation\ntroops, soldiers\nthe, troops\n\nauthority, official\nauthorize, allow\n")},
	}, "test")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range SynonymProblems(c) {
		got = append(got, p.String())
	}
	want := []string{
		`synonyms.txt:2: "phone call" is 2 words to the search, and a term must be one word: left out`,
		`synonyms.txt:2: "telephone conversation" is 2 words to the search, and a term must be one word: left out`,
		`synonyms.txt:2: group "phone call, telephone conversation" has fewer than two terms the search can use: ignored`,
		`synonyms.txt:4: "the" is a word the search ignores (too common): left out`,
		`synonyms.txt:4: group "the, troops" has fewer than two terms the search can use: ignored`,
		`synonyms.txt:7: "authorize" and "authority" (line 6) are one word to the search ("author"): a question with either finds the words of both groups`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("SynonymProblems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestQuerySyntaxIsText(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		"U.S.-Mexico trade grew last year, officials said.", "Tariffs on steel rose to 25%."))
	for _, q := range []string{
		`U.S.-Mexico: trade?`, `"`, `+`, `-`, `*`, `~`, `^`, `\`, `title:trade`, `(trade OR steel)`,
		`trade AND`, `+trade -steel`, `trade~2`, `tr*de`, `/regexp/`, `body:"U.S."`, `{}[]`, `!`,
	} {
		ans, err := ix.Search(t.Context(), corpus.Query{Text: q})
		if err != nil {
			t.Errorf("Search(%q) = %v, want no error", q, err)
			continue
		}
		if ans.NoMatch != (len(ans.Results) == 0) {
			t.Errorf("Search(%q): NoMatch = %v with %d results", q, ans.NoMatch, len(ans.Results))
		}
	}
	if ans := ask(t, ix, corpus.Query{Text: `U.S.-Mexico: trade?`}); len(ans.Results) == 0 || ans.Results[0].Passage.Index != 0 {
		t.Errorf("Search(%q) = %v, want the trade passage", `U.S.-Mexico: trade?`, ids(ans))
	}
}

func TestInvalidQuery(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01", "Some text."))
	for _, tt := range []struct {
		text string
		want error
	}{
		{"", corpus.ErrEmptyQuestion},
		{"   ", corpus.ErrEmptyQuestion},
		{strings.Repeat("x", corpus.MaxQuestionLen+1), corpus.ErrQuestionTooLong},
	} {
		if _, err := ix.Search(t.Context(), corpus.Query{Text: tt.text}); !errors.Is(err, tt.want) {
			t.Errorf("Search(%.20q) = %v, want %v", tt.text, err, tt.want)
		}
	}
}

func TestNoMatch(t *testing.T) {
	ix := newIndex(t, nil,
		article("a", "Daily", "2025-01-01", "Troops were sent to the border on Monday.", "The president spoke about tariffs."),
		article("b", "Weekly", "2025-02-01", "Drone strikes against the cartels are on the table."))
	for _, q := range []string{"What is the weather in Tokyo?", "best pizza recipe", "the", "What did the president say about the weather in Paris and the football scores?"} {
		ans := ask(t, ix, corpus.Query{Text: q})
		if !ans.NoMatch || len(ans.Results) != 0 || ans.Total != 0 {
			t.Errorf("Search(%q) = %v (no_match %v, total %d), want no_match", q, ids(ans), ans.NoMatch, ans.Total)
		}
	}
	if ans := ask(t, ix, corpus.Query{Text: "drone strikes"}); ans.NoMatch || len(ans.Results) == 0 {
		t.Errorf("Search(%q): no_match, want the drone passage", "drone strikes")
	}
}

func TestFuzzyNames(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"President Claudia Sheinbaum spoke with Jorge Castañeda about the Infantería de Marina."}, filler...)...))
	for _, q := range []string{"Sheinbuam", "Sheinbaum", "Castaneda", "castañeda", "Infanteria de marina", "Sheinbam"} {
		ans := ask(t, ix, corpus.Query{Text: q})
		if len(ans.Results) == 0 || ans.Results[0].Passage.Index != 0 {
			t.Errorf("Search(%q) = %v, want a#0", q, ids(ans))
		}
	}
}

// Two letters swapped are one typo, as in the lookup: "Sianloa" finds
// "Sinaloa" and counts for it, though it is two edits of another kind.
// So in a word too short for the lookup to allow typos: "gaurd".
func TestSwappedLettersAreOneTypo(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"A severe drought in Sinaloa hurt the harvest.", "National Guard units were sent north.", "Army units were sent south."}, filler...)...))
	for _, q := range []string{"drought in sianloa", "how bad was the drougth in sinaloa"} {
		wantAt(t, ix, q, 0)
	}
	wantAt(t, ix, "where were the gaurd units sent", 1)
}

// A misspelled ending the stemmer cuts as if it were a suffix ("fentanly"
// to "fentan") is looked for as typed.
func TestTypoInTheEnding(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"Seizures of fentanyl at the border fell."}, filler...)...))
	wantAt(t, ix, "fentanly seizures", 0)
}

// A question word that is itself correctly spelled English is not taken for
// a misspelling of a word of the articles a letter or two away: "server" is
// not "severe", "population" is not "popular".
func TestRealWordIsNotATypo(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"A severe drought in Sinaloa hurt the governor's popular support."}, filler...)...))
	for _, q := range []string{"is the server in sinaloa down", "what is the population of sinaloa"} {
		wantRefused(t, ix, q)
	}
	for _, q := range []string{"severe drought in sinaloa", "sevear drought in sinaloa", "popullar support in sinaloa"} {
		wantAt(t, ix, q, 0)
	}
}

// A long word of everyday English that the articles do not use ("yearly",
// "looked") says how the question is put, not what it is about: the
// question is answered from its other words. A long word of another kind
// the articles lack ("rainfall") is its subject, and it is refused.
func TestEverydayWordIsNotTheSubject(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"Trade between the two neighbours reaches $950 billion annually."}, filler...)...))
	q := "what's the yearly trade"
	wantAt(t, ix, q, 0)
	q = "what's the yearly rainfall"
	wantRefused(t, ix, q)
}

// A unit of measure the articles never use is what a question asks for:
// "how long is the border in miles" is not answered by a passage on the
// border that measures nothing.
func TestUnitTheArticlesNeverUse(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"Troops were sent to the border with Mexico this month."}, filler...)...))
	wantAt(t, ix, "were troops sent to the mexican border", 0)
	wantRefused(t, ix, "how long is the border in miles")
}

// A question about what someone did or said is answered by a passage that
// names them, or one in an article that names them often enough for "she"
// to stand for them; not by the same events told of someone the article
// mentions once, or never.
func TestSubjectMustBeNamed(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{
			"Mexico responded to the new tariffs with retaliatory tariffs on American goods.",
			"Sheinbaum called the tariffs unfair.",
			"She said Mexico would never accept foreign troops on its soil.",
			"Sheinbaum met Canada's foreign minister on Thursday.",
			"Rubio said the boat strikes in the Caribbean would go on.",
		}, filler...)...))
	for _, q := range []string{
		"how did Canada respond to the new tariffs",
		"what did maduro say about the boat strikes in the caribbean",
		"How did Venezuelan President Nicolás Maduro respond to the boat strikes?",
	} {
		wantRefused(t, ix, q)
	}
	for q, i := range map[string]int{
		"how did Mexico respond to the new tariffs": 0,
		"what did rubio say about the boat strikes": 4,
		"did Sheinbaum accept foreign troops":       2,
		"did sheinbuam accept foreign troops":       2,
		"what did she say about foreign troops":     2,
	} {
		wantAt(t, ix, q, i)
	}
}

// "Who is X" is answered where an article first names X: news gives the
// full name and the post there, and only "Mr. X" after.
func TestWhoIsFindsTheIntroduction(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{
			"It is the first such trip in a century, the department's special envoy to the region, Mauricio Claver-Carone, told reporters on Friday.",
			"Panama is the first stop, Mr. Claver-Carone added.",
		}, filler...)...))
	for _, q := range []string{"who is claver carone", "who was Claver-Carone?", "who's claver-carone"} {
		wantAt(t, ix, q, 0)
	}
}

// A subject that gets something has it done to it: "how much did China
// get" is answered by "10 percent on China", where China does not act.
func TestSubjectThatReceives(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{
			"Tariffs of 25 percent will be imposed on Mexico and Canada, and 10 percent on China.",
		}, filler...)...))
	wantAt(t, ix, "Mexico and Canada got 25% tariffs, but how much did China get?", 0)
}

// "What does X mean" asks what a term means, not what someone did: it is
// answered by the passage that uses the term, even as the object of a
// preposition, where a question about what Canada did is not.
func TestMeaningOfATerm(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{
			"A unilateral attack could return Mexican politics to the gringo-bashing tendency of the past.",
		}, filler...)...))
	wantAt(t, ix, "what does gringo-bashing mean in mexican politics", 0)
}

// "May" the month answers a question that asks when; "may" the verb does
// not.
func TestWhenFindsTheMonthMay(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The governor may say he would be honored to help.",
			"In May, the governor of the northern state told reporters on the radio that he would be honored to help.",
		}, filler...)...))
	q := "when did the governor say he would be honored to help"
	wantAt(t, ix, q, 1)
}

// In the news a day of the week is most often the day something was said:
// "when" is answered by the year the passage gives, and "on which day" by
// the day of the week.
func TestWhenPrefersADateToAWeekday(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The envoy told reporters Friday that it had been a long time since a governor last visited the northern port.",
			"The last visit was in 1912, the envoy added.",
		}, filler...)...))
	q := "when did a governor last visit the northern port"
	wantAt(t, ix, q, 1)
	q = "on which day did the envoy tell reporters about the governor"
	wantAt(t, ix, q, 0)
}

// "How did he describe it" asks for his words: the passage that quotes
// them comes before one that only reports that he spoke.
func TestDescribeFindsAQuote(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The minister spoke about security cooperation with the north at length, officials said.",
			"“It is the closest security cooperation we have ever had,” he added.",
		}, filler...)...))
	q := "how did the minister describe security cooperation with the north"
	wantAt(t, ix, q, 1)
}

// A question that asks how many is refused by passages that hold no count:
// an ordinal names ("the 7th Special Forces Group") and a date is not an
// amount. "When" is answered by the date, and "how many" by a count when
// one is there.
func TestHowManyNeedsACount(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"Green Berets of the 7th Special Forces Group arrived in Mexico on September 3rd to train the marines."}, filler...)...))
	q := "how many green berets arrived in mexico"
	wantRefused(t, ix, q)
	q = "when did the green berets arrive in mexico"
	wantAt(t, ix, q, 0)
	ix = newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"Two hundred Green Berets of the 7th Special Forces Group arrived in Mexico to train the marines."}, filler...)...))
	q = "how many green berets arrived in mexico"
	wantAt(t, ix, q, 0)
}

// A question that names a place or person the coverage never does is
// about other news, whatever else it shares with a passage, and a place
// is named so in lower case too; a misspelled name, an outlet's name or a
// headline's capitals are not such names.
func TestOtherNameIsRefused(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Harbor Daily", "2025-01-01",
		append([]string{"Rubio said the boat strikes in the Caribbean would go on."}, filler...)...))
	for _, q := range []string{"What did Rubio say about the boat strikes near Cuba?", "did the boat strikes in the caribbean reach Jamaica",
		"what did rubio say about the boat strikes near cuba", "did the boat strikes in the caribbean reach jamaica"} {
		wantRefused(t, ix, q)
	}
	for _, q := range []string{"what did Rubio say about the boat strikes", "What did Rubo say about the boat strikes?",
		"What Did Rubio Say About The Boat Strikes In Caribbean Waters", "what did the Harbor Daily say about the boat strikes",
		"what did rubio say about the boat strikes in the carribean"} {
		wantAt(t, ix, q, 0)
	}
	// a Spanish name opens with its article, whatever the case
	ix = newIndex(t, nil, article("a", "Harbor Daily", "2025-01-01",
		append([]string{"Rubio said in El Salvador that the boat strikes would go on."}, filler...)...))
	wantRefused(t, ix, "what did rubio say about el chapo and the boat strikes")
	wantAt(t, ix, "what did rubio say in el salvador about the boat strikes", 0)
}

// "How many" is answered by a number that counts what the question
// counts, not by any number in a passage on the same events.
func TestHowManyCountsWhatItAsks(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"In interviews, five cartel operatives dismissed the threat of boat strikes in the Caribbean.",
			"Mexico has arrested thousands of cartel members and extradited 55 of their leaders."}, filler...)...))
	for _, q := range []string{"how many people died in the boat strikes in the caribbean", "how many miles of the caribbean did the boat strikes cover"} {
		wantRefused(t, ix, q)
	}
	for q, i := range map[string]int{
		"how many cartel operatives were interviewed about the boat strikes": 0,
		"how many cartel members has mexico arrested":                        1,
		"how many cartel guys got arrested":                                  1,
	} {
		wantAt(t, ix, q, i)
	}
	// the number must stand in a passage that answers the question: one
	// on the same events beside another on deaths by fentanyl is not one
	ix = newIndex(t, [][]string{{"die", "kill"}}, article("a", "Daily", "2025-01-01",
		append([]string{"Trump blames Mexico for the fentanyl that has killed hundreds of thousands of Americans.",
			filler[0],
			"The strikes on boats off Venezuela continued this month, with three more boats hit."}, filler[1:]...)...))
	wantRefused(t, ix, "how many people died in the us strikes on venezuelan boats")
	wantAt(t, ix, "how many boats were hit off venezuela", 2)
	// people of any kind are people: the Americans fentanyl killed
	wantAt(t, ix, "how many people has fentanyl killed", 0)
	// a number counts the nouns "and" joins to its own
	ix = newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"The administration designated six Mexican cartels and criminal groups as terrorist organizations."}, filler...)...))
	wantAt(t, ix, "how many groups were designated as terrorist organizations", 0)
	// what is counted is named by its own word, though an earlier word of
	// the question has the same synonym
	ix = newIndex(t, [][]string{{"troops", "soldiers"}}, article("a", "Daily", "2025-01-01",
		append([]string{"The administration deployed 10,000 troops to the southern border this month."}, filler...)...))
	wantAt(t, ix, "troop count: how many soldiers were deployed to the southern border?", 0)
}

// The amount a question asks for must stand in a passage near the best:
// "how do cartels launder money with crypto" is not answered because the
// dollars of remittances are shown far below the best passage, which
// gives no amount.
func TestAmountFarBelowTheBestAnswersNothing(t *testing.T) {
	wantRefused(t, embeddedIndex(t), "how do cartels launder money with crypto")
}

// "How much room" asks for an extent, which news gives in words: it is not
// refused for want of a number.
func TestHowMuchRoomIsNotANumber(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"That gives Sheinbaum little room to maneuver as Trump insists."}, filler...)...))
	wantAt(t, ix, "how much room does sheinbaum have to maneuver", 0)
}

// A number in a question that asks for one is a guess at the answer, not a
// word to find: "was it around 5,000?" is answered by the passage that
// gives 10,000, though it shares one word with the question.
func TestGuessedNumberIsNotLookedFor(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{"The administration sent 10,000 troops to the southern border."}, filler...)...))
	wantAt(t, ix, "how many troops, was it around 5,000?", 0)
}

// A question about a year the corpus neither mentions nor was published in
// is about other news; the year of publication, or a span that reaches
// into it, is not, and the articles of that year answer it without
// writing the year.
func TestOtherYearIsRefused(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{"Ten thousand troops were sent to the border, the most since 2019."}, filler...)...))
	for _, q := range []string{"how many troops were sent to the border in 2023", "2022 border troops"} {
		wantRefused(t, ix, q)
	}
	for _, q := range []string{"how many troops were sent to the border in 2025", "troops at the border in 2019", "troops sent to the border since 2016", "what did they send in 2025"} {
		wantAt(t, ix, q, 0)
	}
}

// A year with two digits swapped is a typo for the year the articles give;
// another year is still other news.
func TestSwappedYear(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{"The envoy recalled that the canal was finished in 1912."}, filler...)...))
	wantAt(t, ix, "was the canal finished in 1921", 0)
	wantRefused(t, ix, "was the canal finished in 1931")
}

// "reason" in a question asks why: the passage that gives the reason ("in
// retaliation for") comes first, though it does not say "reason" or
// "tariffs".
func TestReasonAsksWhy(t *testing.T) {
	ix := embeddedIndex(t)
	for _, q := range []string{"Karoline Leavitt reason for tariffs", "what did the press secretary say the tariffs were for, like the reason"} {
		ans := ask(t, ix, corpus.Query{Text: q})
		if len(ans.Results) == 0 || !strings.Contains(ans.Results[0].Passage.Text, "in retaliation for") {
			t.Errorf("Search(%q) = %v, want the passage with %q first", q, ids(ans), "in retaliation for")
		}
	}
}

// "How many" is answered by the passage whose number counts what the
// question counts, before one that holds the question's words and a
// number of something else.
func TestCountPrefersWhatIsCounted(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{
			"Officials said the cartels act as terrorists and recalled how the country suffered through two invasions since 1846.",
			"Officials said the government designated six more cartels as terrorist organizations in the long campaign.",
		}, filler...)...))
	wantAt(t, ix, "how many cartels did officials say are terrorists", 1)
}

// A question on how someone answered an offer is answered by the passage
// that tells of the answer, not by the one that tells of the offer in the
// question's own words.
func TestReplyToAnOffer(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{
			"The governor said the minister told her on a call: “I offer to send the army to help you.”",
			"The governor rebuffed the offer, telling the minister: “The army will never enter our state.”",
		}, filler...)...))
	wantAt(t, ix, "what did the governor tell the minister when he offered to send the army", 1)
	wantAt(t, ix, "what did the minister offer on the call", 0)
}

// "Since" that tells when is no reason: "why" is answered by the passage
// that says why, not by the one that says since when.
func TestSinceWhenIsNoReason(t *testing.T) {
	ix := newIndex(t, nil,
		article("a", "Daily", "2025-03-01",
			"Since Trump returned in January, the army has flown drones over the border with Mexico every week.",
			"The weather was mild all week.",
			"The army flies drones over the border because cartels smuggle fentanyl through the desert."))
	wantAt(t, ix, "why has the army flown drones over the border with mexico", 2)
}

// News states a fact in one paragraph and explains it in the next, in
// words of its own: "why" is answered by the paragraph that opens with the
// reason, though the question's words are in the one before.
func TestReasonInTheNextParagraph(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-03-01",
		append([]string{
			"Despite the threats, officials in Mexico are not worried about becoming the next target of strikes.",
			"Their calm stems from close cooperation with Washington on migration.",
		}, filler...)...))
	for _, q := range []string{
		"why aren't mexican officials worried about being the next target",
		"why don't officials in mexico think they'll be the next target of strikes",
	} {
		wantAt(t, ix, q, 1)
	}
	// a question that asks for no reason is answered by the fact
	wantAt(t, ix, "are officials in mexico worried about being the next target", 0)

	// the quote is the sentence that gives the reason, though another
	// holds more of the question's words
	ix = newIndex(t, nil, article("b", "Daily", "2025-03-01",
		append([]string{
			"Despite the threats, officials in Mexico are not worried about becoming the next target of strikes.",
			"Their calm stems from close cooperation with Washington on migration. Officials in Washington agree.",
		}, filler...)...))
	q := "why aren't officials in mexico worried about being the next target"
	ans := ask(t, ix, corpus.Query{Text: q})
	if len(ans.Results) == 0 {
		t.Errorf("Search(%q) = no results, want the quote \"Their calm stems from…\" first", q)
	} else if got := ans.Results[0].Quote; !strings.HasPrefix(got, "Their calm stems from") {
		t.Errorf("Search(%q) first quote = %q, want \"Their calm stems from…\"", q, got)
	}
}

// "which unit" is answered by a name that ends in "unit" or one of its
// synonyms ("Special Forces Group"), before a passage that only says
// "unit".
func TestWhichFindsANameOfThatKind(t *testing.T) {
	ix := newIndex(t, [][]string{{"unit", "group"}}, article("a", "Daily", "2025-01-01",
		append([]string{
			"The Green Berets, an elite army unit, met Governor Rocha in Sinaloa.",
			"The Green Berets belong to the 7th Special Forces Group.",
		}, filler...)...))
	for _, q := range []string{"which army unit are the green berets from", "which us army unit do the green berets belong to"} {
		wantAt(t, ix, q, 1)
	}
}

// "Where" and "which country" are answered by the passage that names a
// place the question does not, before one that holds more of its words.
func TestWhereFindsAPlace(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"As Secretary Rubio launches his first trip abroad next week, he is making a point that Latin America matters to the president.",
			"Panama will be Mr. Rubio's first stop, followed by Guatemala and Costa Rica.",
			"Forecasters expect rain over the weekend.",
		}, filler...)...))
	for _, q := range []string{"where is rubio going first on his trip", "which country is rubio visiting first on his latin america trip"} {
		wantAt(t, ix, q, 1)
	}
}

// A question that names an outlet by its name ("per the Sun") favours that
// outlet's article; a place in an outlet's name ("Los Angeles") does not
// name the outlet.
func TestQuestionNamesTheOutlet(t *testing.T) {
	ix := newIndex(t, nil,
		article("a", "Los Angeles Times", "2025-01-01",
			"The press secretary confirmed a tariff rate of 25 percent on steel from Mexico and Canada."),
		article("b", "The New York Sun", "2025-01-02",
			"The press secretary confirmed a tariff rate of 10 percent on China."),
		article("c", "Daily", "2025-01-03", filler...))
	wantArticle(t, ix, "what tariff rate did the press secretary confirm, per the New York Sun", "b")
	wantArticle(t, ix, "tariff rate the press secretary confirmed in the sun", "b")
	// members write the place in a paper's name by its initials
	wantArticle(t, ix, "what did the press secretary confirm about steel, per the LA Times piece", "a")
	wantRefused(t, ix, "what is the price of fentanyl in Los Angeles")
}

// An outlet field may name the outlet an article rewrites or belongs to
// in a parenthesis: members name it so ("the NYT rewrite", "the tipsheet
// piece").
func TestQuestionNamesTheOutletInParentheses(t *testing.T) {
	ix := newIndex(t, nil,
		article("a", "Unknown outlet (rewrite of a New York Times report)", "2025-01-01",
			"Trade between the two countries comes to about $950 billion a year in goods and services."),
		article("b", "Townhall (Tipsheet)", "2025-01-02",
			"The White House said trade with Mexico must be fair to American workers."),
		article("c", "The New York Sun", "2025-01-03",
			"Trade with Mexico grew last year, the Sun has learned."),
		article("d", "Daily", "2025-01-04", filler...))
	wantArticle(t, ix, "how much is trade with mexico worth, per the nyt rewrite", "a")
	wantArticle(t, ix, "what did the tipsheet piece say about trade with mexico", "b")
}

func TestOutletNames(t *testing.T) {
	for outlet, want := range map[string][]string{
		"The New York Sun":    {"The New York Sun"},
		"Townhall (Tipsheet)": {"Townhall", "Tipsheet"},
		"Unknown outlet (rewrite of a New York Times report)": {"Unknown outlet", "New York Times"},
		"Daily (via The Associated Press)":                    {"Daily", "Associated Press"},
	} {
		if got := outletNames(outlet); !slices.Equal(got, want) {
			t.Errorf("outletNames(%q) = %q, want %q", outlet, got, want)
		}
	}
}

// "Did Townhall really call her Gloria" asks what Townhall's articles say,
// though none of them names Townhall.
func TestOutletAsSubject(t *testing.T) {
	ix := newIndex(t, nil,
		article("a", "Townhall", "2025-01-01",
			"President Trump pressured Mexican President Gloria Sheibaum to allow the US military in."),
		article("b", "The New York Sun", "2025-01-02",
			"President Claudia Sheinbaum said she rejected the offer of troops."),
		article("c", "Daily", "2025-01-03", filler...))
	wantArticle(t, ix, "did townhall seriously call her gloria sheinbaum", "a")
}

// "Which network said…" is answered by the passage that says who
// reported it, not by one that holds the word "network".
func TestWhichOutletFindsTheSource(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Talks among White House and Defense Department officials have included possible drone strikes against cartel figures and their logistical networks, and are still being considered, the sources said.",
			"NBC News reported last month that drone strikes are on the table.",
			"Forecasters expect rain over the weekend.",
		}, filler...)...))
	wantAt(t, ix, "which network said drone strikes are on the table", 1)
}

// "Who was president before Sheinbaum" is not answered by a passage
// about President Sheinbaum, but by one that says who came before her.
func TestBeforeSomeoneAsksWhoCameBefore(t *testing.T) {
	p := []string{
		"President Claudia Sheinbaum of Mexico rejected the offer of troops.",
		"Forecasters expect rain over the weekend.",
	}
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01", append(p, filler...)...))
	wantRefused(t, ix, "who was mexico's president before sheinbaum")
	wantAt(t, ix, "who is the president of mexico", 0)
	ix = newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append(append(p, "Her predecessor as president, Andrés Manuel López Obrador, also refused U.S. troops in Mexico."), filler...)...))
	wantAt(t, ix, "who was mexico's president before sheinbaum", 2)
}

func TestAsksWhich(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"which unit are they from", "unit", true},
		{"Which US Army unit are they from", "unit", true},
		{"Which U.S. Army unit do they belong to", "unit", true},
		{"what newspaper said it", "newspaper", true},
		{"what did the unit do", "unit", false},
		{"the unit that went", "unit", false},
	}
	for _, tt := range tests {
		if got := asksWhich(tt.text, strings.Index(tt.text, tt.word)); got != tt.want {
			t.Errorf("asksWhich(%q, %q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// A question that asks who prefers the passage that names someone near its
// words, even when the name opens the sentence: a name in capital letters
// ("NBC News reported") is still a name there.
func TestWhoFindsANameThatOpensASentence(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Officials reported that drone strikes were being considered against the cartels.",
			"NBC News reported that drone strikes are on the table.",
		}, filler...)...))
	q := "who reported that drone strikes were being considered"
	wantAt(t, ix, q, 1)
}

func TestFilters(t *testing.T) {
	text := "Troops were deployed to the border."
	ix := newIndex(t, nil,
		article("jan", "The Daily", "2025-01-15", text),
		article("feb", "The Daily", "2025-02-15", text),
		article("mar", "Other Times", "2025-03-15", text))
	day := func(s string) time.Time { d, _ := time.Parse("2006-01-02", s); return d }
	tests := []struct {
		name string
		q    corpus.Query
		want []string
	}{
		{"all", corpus.Query{}, []string{"feb", "jan", "mar"}},
		{"by id", corpus.Query{Sources: []string{"feb"}}, []string{"feb"}},
		{"by id, any case", corpus.Query{Sources: []string{"FEB"}}, []string{"feb"}},
		{"by outlet", corpus.Query{Sources: []string{"the daily"}}, []string{"feb", "jan"}},
		{"id or outlet", corpus.Query{Sources: []string{"Other Times", "jan"}}, []string{"jan", "mar"}},
		{"unknown source", corpus.Query{Sources: []string{"nobody"}}, nil},
		{"after, inclusive", corpus.Query{After: day("2025-02-15")}, []string{"feb", "mar"}},
		{"before, inclusive", corpus.Query{Before: day("2025-02-15")}, []string{"feb", "jan"}},
		{"between", corpus.Query{After: day("2025-02-01"), Before: day("2025-02-28")}, []string{"feb"}},
		{"time of day ignored", corpus.Query{After: day("2025-01-15").Add(20 * time.Hour), Before: day("2025-01-15").Add(time.Hour)}, []string{"jan"}},
		{"outlet and dates", corpus.Query{Sources: []string{"the daily"}, After: day("2025-02-01")}, []string{"feb"}},
	}
	for _, tt := range tests {
		q := tt.q
		q.Text = "troops deployed"
		q.Limit = 10
		ans := ask(t, ix, q)
		var got []string
		for _, r := range ans.Results {
			got = append(got, r.Article.ID)
		}
		slices.Sort(got)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%s: Search = %v, want %v", tt.name, got, tt.want)
		}
		if len(tt.want) == 0 && !ans.NoMatch {
			t.Errorf("%s: NoMatch = false, want true", tt.name)
		}
	}
}

func TestPagingAndPerArticleCap(t *testing.T) {
	var a, b []string
	for i := range 5 {
		a = append(a, fmt.Sprintf("Drone strikes on cartel labs were discussed, report %d said.", i))
		b = append(b, fmt.Sprintf("Drone strikes were debated in Congress, hearing %d found.", i))
	}
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01", a...), article("b", "Weekly", "2025-01-02", b...))
	tests := []struct {
		q         corpus.Query
		n         int
		maxPerArt int
	}{
		{corpus.Query{}, 3, 2},
		{corpus.Query{Limit: 10}, 4, 2},
		{corpus.Query{Limit: 10, PerArticle: 1}, 2, 1},
		{corpus.Query{Limit: 10, PerArticle: -1}, 10, 5},
		{corpus.Query{Limit: 4, PerArticle: -1}, 4, 4},
	}
	for _, tt := range tests {
		q := tt.q
		q.Text = "drone strikes"
		ans := ask(t, ix, q)
		if len(ans.Results) != tt.n {
			t.Errorf("Search(limit %d, per article %d) = %d results %v, want %d", q.Limit, q.PerArticle, len(ans.Results), ids(ans), tt.n)
		}
		per := map[string]int{}
		for _, r := range ans.Results {
			per[r.Article.ID]++
			if per[r.Article.ID] > tt.maxPerArt {
				t.Errorf("Search(limit %d, per article %d) = %v, want at most %d from %s", q.Limit, q.PerArticle, ids(ans), tt.maxPerArt, r.Article.ID)
			}
		}
		if ans.Total != 10 {
			t.Errorf("Search(limit %d, per article %d).Total = %d, want 10", q.Limit, q.PerArticle, ans.Total)
		}
	}

	// pages do not overlap and together are the whole list
	all := ids(ask(t, ix, corpus.Query{Text: "drone strikes", Limit: 10, PerArticle: -1}))
	var paged []string
	for off := 0; off < 10; off += 3 {
		paged = append(paged, ids(ask(t, ix, corpus.Query{Text: "drone strikes", Limit: 3, Offset: off, PerArticle: -1}))...)
	}
	if strings.Join(paged, " ") != strings.Join(all, " ") {
		t.Errorf("pages of 3 = %v, want %v", paged, all)
	}
	if ans := ask(t, ix, corpus.Query{Text: "drone strikes", Offset: 50}); len(ans.Results) != 0 || ans.NoMatch {
		t.Errorf("Search(offset past the end) = %v, no_match %v; want no results, no_match false", ids(ans), ans.NoMatch)
	}
}

func TestQuote(t *testing.T) {
	p := "The meeting began at noon. Officials from both countries attended. " +
		"Tension rose when the cartels came up during the telephone conversation. " +
		"The talks ended without a deal. Reporters waited outside. Nobody commented."
	ix := newIndex(t, [][]string{{"phone", "telephone"}, {"call", "conversation"}, {"tense", "tension"}},
		append([]*corpus.Article{article("a", "Daily", "2025-01-01", p)}, article("f", "Other", "2025-01-02", filler...))...)
	ans := ask(t, ix, corpus.Query{Text: "Was the phone call tense?"})
	if len(ans.Results) == 0 {
		t.Fatalf("Search = no results, want the meeting passage")
	}
	r := ans.Results[0]
	want := "Tension rose when the cartels came up during the telephone conversation."
	if r.Quote != want {
		t.Errorf("Quote = %q, want %q", r.Quote, want)
	}
	var marked []string
	for _, h := range r.Highlights {
		marked = append(marked, r.Quote[h.Start:h.End])
	}
	if got := strings.Join(marked, ","); got != "Tension,telephone,conversation" {
		t.Errorf("Highlights mark %q, want Tension,telephone,conversation", got)
	}
}

// A question that asks for a date, a duration or a number is quoted with
// the sentence that gives it, though another holds as many of its words;
// an ordinal in a unit's name ("7th") gives no date.
func TestQuoteGivesTheKindAsked(t *testing.T) {
	p := "The soldiers of the 7th Group will come to train the navy. " +
		"They will train the navy until the end of March, the senator said."
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01", append([]string{p}, filler...)...))
	ans := ask(t, ix, corpus.Query{Text: "how long will the soldiers train the navy"})
	if len(ans.Results) == 0 {
		t.Fatalf("Search = no results, want the passage on the training")
	}
	if got := ans.Results[0].Quote; !strings.Contains(got, "until the end of March") {
		t.Errorf("Quote = %q, want the sentence with %q", got, "until the end of March")
	}
}

// A question that asks how someone reacted or took something, or for
// their words, is quoted with the sentence that quotes them, though the
// one before it holds more of the question's words.
func TestQuoteGivesTheReply(t *testing.T) {
	ix := embeddedIndex(t)
	for _, q := range []string{
		"how did sheinbaum react to the us spy plane off baja",
		"was Sheinbaum bothered by the spy plane off Baja California?",
		"spy plane off sinaloa, did she freak out",
	} {
		ans := ask(t, ix, corpus.Query{Text: q})
		if len(ans.Results) == 0 {
			t.Errorf("Search(%q) = no results, want the passage on the spy plane", q)
			continue
		}
		if got := ans.Results[0].Quote; !strings.Contains(got, "We are not alarmed") {
			t.Errorf("Search(%q): quote = %q, want the sentence with %q", q, got, "We are not alarmed")
		}
	}
}

// A quote is one to three whole sentences, and a quotation that runs over
// several counts as one: it is kept whole, with who said it.
func TestQuoteIsWholeSentences(t *testing.T) {
	ix := embeddedIndex(t)
	for _, q := range []string{"green berets training", "25% tariffs", "U.S. troops", "Castañeda boots on the ground", "What did Sheinbaum say about sovereignty?",
		"how did sheinbaum react to the us spy plane off baja", "what did rubio tell megyn kelly about the cartels"} {
		ans := ask(t, ix, corpus.Query{Text: q, Limit: 5})
		for _, r := range ans.Results {
			if !isSentenceRun(r.Passage, r.Quote) {
				t.Errorf("Search(%q): quote %q is not 1 to 3 whole sentences of %s#%d", q, r.Quote, r.Article.ID, r.Passage.Index)
			}
			if curly, straight := quoteMarks(r.Quote); curly != 0 || straight {
				t.Errorf("Search(%q): quote %q cuts a quotation", q, r.Quote)
			}
			if len(r.Highlights) == 0 && bodyMatches(ix, q, r.Passage) {
				t.Errorf("Search(%q): quote %q has no highlights", q, r.Quote)
			}
			last := 0
			for _, h := range r.Highlights {
				if h.Start < last || h.End <= h.Start || h.End > len(r.Quote) {
					t.Errorf("Search(%q): highlight %v out of order or outside quote %q", q, h, r.Quote)
					break
				}
				last = h.End
				if !wordEdge(r.Quote, h.Start) || !wordEdge(r.Quote, h.End) {
					t.Errorf("Search(%q): highlight %q cuts a word in %q", q, r.Quote[h.Start:h.End], r.Quote)
				}
			}
		}
	}
}

// isSentenceRun reports whether quote is one to three consecutive whole
// sentences of p.
func isSentenceRun(p corpus.Passage, quote string) bool {
	s := quotationWhole(p.Text, sentences(p))
	for i := range s {
		for j := i; j < len(s) && j < i+3; j++ {
			if p.Text[s[i].Start:s[j].End] == quote {
				return true
			}
		}
	}
	return false
}

// wordEdge reports whether byte offset i of s is not inside a word.
func wordEdge(s string, i int) bool {
	if i == 0 || i == len(s) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	after, _ := utf8.DecodeRuneInString(s[i:])
	return !isWordRune(before) || !isWordRune(after)
}

// bodyMatches reports whether any word of passage p matches question q; a
// passage can also be found by the sentence before it alone.
func bodyMatches(ix *Index, q string, p corpus.Passage) bool {
	g, err := ix.acquire()
	if err != nil {
		return false
	}
	defer g.release()
	m := g.parseQuestion(ix.an, q).matcher(g.terms)
	for _, tok := range ix.an.Analyze([]byte(p.Text)) {
		if _, ok := m.match(string(tok.Term)); ok {
			return true
		}
	}
	return false
}

func TestClosed(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01", "Some text."))
	if err := ix.Close(); err != nil {
		t.Fatalf("Close = %v", err)
	}
	if err := ix.Close(); err != nil {
		t.Errorf("second Close = %v, want nil", err)
	}
	if _, err := ix.Search(t.Context(), corpus.Query{Text: "text"}); !errors.Is(err, ErrClosed) {
		t.Errorf("Search after Close = %v, want ErrClosed", err)
	}
	if ix.Corpus() != nil {
		t.Errorf("Corpus after Close = non-nil, want nil")
	}
}

// "What does X stand for" is answered by the passage that spells the
// acronym out, not by one that only writes it.
func TestStandsForSpellsOut(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Panama must de-flag all ships identified by UANI, the letter says. UANI wants an answer.",
			filler[0],
			"The chairman of United Against Nuclear Iran, Jeb Bush, wrote the letter.",
		}, filler[1:]...)...))
	for _, q := range []string{"what does UANI stand for", "uani acronym?", "what's UANI short for", "what is UANI", "whats UANI?"} {
		wantAt(t, ix, q, 2)
	}
	wantAt(t, ix, "what does UANI want panama to do", 0)
}

// "How much" asked of a sum of money is answered by a sum, not by any
// number.
func TestHowMuchMoneyNeedsASum(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The two leaders spoke about the border wall in a 45-minute call.",
			filler[0],
			"Workers abroad send home more than $60 billion a year.",
		}, filler[1:]...)...))
	wantRefused(t, ix, "how much does the us spend on the border wall")
	wantAt(t, ix, "how much money do workers abroad send home", 2)
	wantAt(t, ix, "how long was the call about the border wall", 0)
}

// "How old" is answered by a passage that gives an age, and by no other.
func TestHowOldNeedsAnAge(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The National Guard sent 10,000 troops to the border to join the effort.",
			filler[0],
			"A 39-year-old operative in Culiacán said he was not afraid of the strikes.",
			"Another operative in Culiacán said the strikes would change little.",
		}, filler[1:]...)...))
	wantRefused(t, ix, "how old do you have to be to join the national guard")
	wantAt(t, ix, "how old was the operative in culiacan", 2)
	wantAt(t, ix, "what did the operative in culiacan say about the strikes", 3)

	// the people a paragraph introduces may be described in the next one
	ix = newIndex(t, nil, article("b", "Daily", "2025-01-01",
		append([]string{
			"In anonymous interviews, five cartel operatives dismissed the strikes. They worry more about their rivals.",
			"A 39-year-old in Culiacán expressed little concern.",
		}, filler...)...))
	wantAt(t, ix, "how old was the cartel guy they interviewed", 1)
}

// "When was she born" is answered by a passage that says so, not by one
// that names her beside a year.
func TestBirthNeedsABirth(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"President Sheinbaum took office in 2024 after a landslide.",
			filler[0],
			"Governor Rocha was born in 1962 in Culiacán.",
		}, filler[1:]...)...))
	wantRefused(t, ix, "what year was sheinbaum born")
	wantRefused(t, ix, "when was sheinbaum born")
	wantAt(t, ix, "when was governor rocha born", 2)
	wantAt(t, ix, "what year did sheinbaum take office", 0)
}

// "Who runs the cartel" is answered by a passage that names someone as
// leading it, not by one on the cartel that names only others.
func TestLeaderNeedsALeader(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"President Sheinbaum’s opposition to foreign strikes has reassured the Sinaloa Cartel, a powerful trafficking network.",
			filler[0],
			"The United Against Nuclear Iran chairman, Jeb Bush, wrote to Panama about the ships.",
		}, filler[1:]...)...))
	wantRefused(t, ix, "who runs the sinaloa cartel these days")
	wantRefused(t, ix, "who founded the sinaloa cartel")
	wantRefused(t, ix, "who is the leader of the sinaloa cartel")
	wantAt(t, ix, "what did sheinbaum's opposition to strikes do for the sinaloa cartel", 0)
	wantAt(t, ix, "who chairs united against nuclear iran", 2)
}

func TestAsksLeader(t *testing.T) {
	for q, want := range map[string]bool{
		"who runs the sinaloa cartel these days":        true,
		"Who is in charge of Mexico's National Guard?":  true,
		"who is the leader of the jalisco cartel":       true,
		"wait who leads the CJNG now":                   true,
		"who chairs UANI":                               true,
		"how did trump describe who runs mexico":        false, // asks how he put it
		"who is the president of the senate commission": false, // a post (see roleAt)
		"who said the cartels run mexico":               false,
		"who met the leader of mexico":                  false,
	} {
		if got := asksLeader(q); got != want {
			t.Errorf("asksLeader(%q) = %v, want %v", q, got, want)
		}
	}
}

// "What did she do before she became president" is answered by a passage
// that tells what someone did before, not by news of what she does now.
func TestBackgroundNeedsABackground(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"President Sheinbaum rejected the offer of troops in a call with Mr. Trump.",
			filler[0],
			"Jorge Castañeda, a former foreign minister, spoke to the Sun about more agents.",
		}, filler[1:]...)...))
	wantRefused(t, ix, "what job did sheinbaum have before she became president")
	wantRefused(t, ix, "what did sheinbaum study in university")
	wantAt(t, ix, "what did castaneda do before he spoke to the sun, what was his job before becoming a pundit", 2)
	wantAt(t, ix, "what did sheinbaum say about the troops", 0)
}

func TestAsksBackground(t *testing.T) {
	for q, want := range map[string]bool{
		"what job did sheinbaum have before she became president":             true,
		"what did marco rubio do before secretary of state":                   true,
		"I would like to know what Sheinbaum did before going into politics.": true,
		"what did claudia sheinbaum study in college":                         true,
		"where Claudia Sheinbaum went to university and what she studied":     true,
		"which university did rubio attend":                                   true,
		"what students did the green berets train":                            false,
		"did the professor at cornell university say":                         false,
		"what did sheinbaum say before the call":                              false,
		"what happened before the green berets arrived":                       false,
		"do analysts study the cartels":                                       false,
	} {
		if got := asksBackground(q); got != want {
			t.Errorf("asksBackground(%q) = %v, want %v", q, got, want)
		}
	}
}

// An acronym the articles never use names something they do not cover,
// like a capitalized name; one they use, or a question shouted in
// capitals, is searched as usual.
func TestUnknownAcronymNamesOther(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{"The trade deal was signed on Friday, the CIA director said."}, filler...)...))
	wantRefused(t, ix, "when was the USMCA trade deal signed")
	wantAt(t, ix, "when was the trade deal signed", 0)
	wantAt(t, ix, "what did the CIA director say about the trade deal", 0)
	wantAt(t, ix, "WHEN WAS THE TRADE DEAL SIGNED", 0)
}

// "instead" and the indefinite pronouns say nothing a passage is about: a
// question is not refused for them as for a word the corpus lacks.
func TestSearchFunctionWordsTheListLacks(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Trump is weighing drone strikes on the cartels.",
			"Trump spoke about Mexico on Monday.",
			"Mexico and Trump disagree on tariffs.",
			"Trump visited Mexican factories.",
		}, filler...)...))
	wantAt(t, ix, "so what is trump weighing instead", 0)
	wantAt(t, ix, "is trump weighing anything", 0)
}

// A question that ends on something the articles never speak of, named by
// a kind they do ("exchange rate", "approval rating"), is about that
// thing: "goods and services exchanged" answers no question about the
// peso's exchange rate. A question that ends on the kind of answer it
// wants ("sentence length") still finds it.
func TestKindOfAnUnknownThingIsNotTheSubject(t *testing.T) {
	ix := embeddedIndex(t)
	for _, q := range []string{
		"What's the current peso to dollar exchange rate?",
		"what's sheinbaum's approval rating rn",
	} {
		if ans := ask(t, ix, corpus.Query{Text: q}); !ans.NoMatch {
			t.Errorf("Search(%q) = %v, want no match", q, ids(ans))
		}
	}
	for q, want := range map[string]string{
		"noriega sentence length?":                        "sentenced to 40 years",
		"how much is the trade between the us and mexico": "$950 billion",
		// the outlet's words are looked up after the question's own
		"What tariff rate on China did the White House press secretary confirm, per The New York Sun?": "10 percent on Communist China",
	} {
		if ans := ask(t, ix, corpus.Query{Text: q}); !resultsHold(ans.Results, want) {
			t.Errorf("Search(%q) = %v, want a passage with %q", q, ids(ans), want)
		}
	}
}

// FuzzSearch checks that any question, however typed, is answered or
// refused without a panic: a member's question must never bring the bot
// down. The seeds are questions that once reached code no other question
// did.
func FuzzSearch(f *testing.F) {
	for _, s := range []string{
		"What tariff rate on China did the White House press secretary confirm, per The New York Sun?",
		"What's the current peso to dollar exchange rate?",
		"I own a hardware store in El Paso. If that trade gets knocked out, what happens to places like mine?",
		"Rubio's first trip is to Latin America. When was the last time that happened?",
		"did the U.S. . . ? ,, what", "$$ % 10k ¿qué? @everyone", "who? when? where?", "a. b. c.",
	} {
		f.Add(s)
	}
	ix := embeddedIndex(f)
	f.Fuzz(func(t *testing.T, text string) {
		ans, err := ix.Search(t.Context(), corpus.Query{Text: text})
		if err != nil {
			return // a question too long, empty or not text is refused with an error
		}
		if ans.NoMatch != (len(ans.Results) == 0) {
			t.Fatalf("Search(%q) = %d results, no_match %v", text, len(ans.Results), ans.NoMatch)
		}
	})
}

// A question about a name written wrong is answered by the passage that
// misspells one, and only that passage of the five articles does.
func TestNameWrittenWrong(t *testing.T) {
	ix := embeddedIndex(t)
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.release()
	c := collector{g: g, an: ix.an}
	var flagged []string
	for ai, a := range g.corpus.Articles {
		for pi, p := range a.Passages {
			if c.misnames(docRef{article: ai, passage: pi}) {
				flagged = append(flagged, p.Text)
			}
		}
	}
	if len(flagged) != 1 || !strings.Contains(flagged[0], "Gloria Sheibaum") {
		t.Errorf("passages that misspell a name: %q, want only the one with \"Gloria Sheibaum\"", flagged)
	}
	for _, q := range []string{
		"did townhall misspell sheinbaum's name?",
		"townhall got sheinbaum's name wrong lol?",
		"lol did they really spell her name gloria",
		// no word of the passage but the outlet's
		"townhall spelled her name wrong, what did they call her",
		// few words the articles use
		"bug report: typo in the townhall lede, sheinbaum's name. what's the broken string?",
	} {
		if res := ask(t, ix, corpus.Query{Text: q}); len(res.Results) == 0 || !strings.Contains(res.Results[0].Passage.Text, "Gloria Sheibaum") {
			t.Errorf("%q: first result is not the passage that misspells her name", q)
		}
	}
}

func TestAsksNameError(t *testing.T) {
	for q, want := range map[string]bool{
		"did townhall misspell her name":               true,
		"they got sheinbaum's name wrong":              true,
		"lol townhall can't even spell her name right": true,
		"was there a typo in the article":              true,
		"what is the name of the Cornell professor":    false,
		"did they get the number of troops wrong":      false,
		"is that the right name for the unit":          false,
		"how do you spell Sheinbaum":                   false,
	} {
		if got := asksNameError(q); got != want {
			t.Errorf("asksNameError(%q) = %v, want %v", q, got, want)
		}
	}
}

// "Latin America" is one region, not two words that each count: a passage
// on Rubio's Latin America trip that never names Mexico does not answer
// whether the trip stops in Mexico, though it holds one word more of the
// question than "…small Latin powers… Mexico City is also not included".
func TestRegionIsOneWord(t *testing.T) {
	ix := embeddedIndex(t)
	q := "is rubio visiting mexico on his latin america trip?"
	if res := ask(t, ix, corpus.Query{Text: q}); len(res.Results) == 0 || !strings.Contains(res.Results[0].Passage.Text, "Mexico City is also not included") {
		t.Errorf("Search(%q) = %v, want first the passage that says Mexico City is not included", q, ids(res))
	}
}

// A remark after the question decides neither whether a passage answers
// nor whether it holds the fact asked for: "i'm there in april" leaves
// "until the end of March" the answer to "how long".
func TestRemarkLeavesTheFactAskedFor(t *testing.T) {
	ix := embeddedIndex(t)
	q := "how long are these green berets gonna be around? i'm there in april"
	ans := ask(t, ix, corpus.Query{Text: q})
	if len(ans.Results) == 0 {
		t.Fatalf("Search(%q) = no_match %v, want the passage on the training", q, ans.NoMatch)
	}
	if got := ans.Results[0].Passage.Text; !strings.Contains(got, "until the end of March") {
		t.Errorf("Search(%q) first = %q, want the passage with %q", q, got, "until the end of March")
	}
}
