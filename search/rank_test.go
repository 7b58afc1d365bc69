package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/corpus"
)

func TestAskedKinds(t *testing.T) {
	tests := []struct {
		q    string
		want answerKind
	}{
		{"How many cartels were designated?", hasNumber},
		{"how much $$ do they send home", hasMoney},
		{"how much does the us spend on the border wall", hasMoney},
		{"how much trade is there", hasNumber | hasMoney},
		{"what did rubio compare the smugglers' boats to", hasQuote},
		{"what did sheinbaum tell trump when he offered troops", hasQuote},
		{"what mexico presidenta answer when trump offer army", hasQuote},
		{"did sheinbaum tell trump no", 0},
		{"history fact for my class: when was the last time a sec of state went there first", hasDate},
		{"when Sheinbaum turned down the offer, what's the line she used", 0},
		{"when was the call, and who was on it", hasDate | hasName},
		{"what's the exact line sheinbaum used", hasQuote},
		{"her reply word for word?", hasQuote},
		{"did she draw the line at troops", 0},
		{"what did trump claim about who controls mexico", 0},
		{"who controls mexico", hasName},
		{"when the article says strikes could force mexico to retaliate, what would that look like", 0},
		{"when the vote was held, who voted no", hasName},
		{"when did she say it", hasDate},
		{"what did sheinbaum call the drone flights", hasQuote},
		{"what did they talk about on the call", 0},
		{"how big are the tariffs on mexico compared to china", hasNumber},
		{"what tariff rate did the white house announce for china", hasPercent | hasNumber},
		{"the rate of migration fell", 0},
		{"How long was the phone call?", hasDuration},
		{"how far is culiacan from the border", hasNumber},
		{"How far along are the talks on strikes?", 0},
		{"What percentage of Mexicans oppose strikes?", hasPercent | hasNumber},
		{"When did Rubio meet Sheinbaum?", hasDate},
		{"and when was that", hasDate},
		{"Was there any tension when the cartels came up?", 0},
		{"wait when was the last time that happened lol", hasDate},
		{"any idea when the vote was", hasDate},
		{"hey where is rubio going", hasPlace},
		{"Who is Anna Kelly?", hasName},
		{"which mexican senator talked about it", hasName},
		{"which is the biggest cartel", 0},
		{"what newspaper broke the story", hasName},
		{"What did Trump say?", hasQuote},
		{"what did rubio say about security cooperation w mexico", hasQuote},
		{"what does it say that analysts are even talking about strikes", 0},
		{"did trump say that?", 0},
		{"what does the cornell professor think mexico should do", hasQuote},
		{"what do you think mexico should do", 0},
		{"Rubio's first trip is to Latin America. When was the last time that happened?", hasDate},
		{"somebody said no secretary went there first in 100 yrs. when was the last time??", hasDate},
		{"the U.S. says when the boats leave Venezuela they are targets", 0},
		{"they set a date for the talks", 0},
		{"did SecState actually frame cartel ops as a natsec threat", hasQuote},
		{"how is the visit portrayed in the mexican press", hasQuote},
		{"how did sheinbaum respond to trump claiming the cartels control mexico", hasQuote},
		{"how do the cartels move drugs", 0},
		{"till when are the green berets training", hasDate},
		{"on which day did she turn it down", hasDate | hasDay},
		{"How did Rubio describe security cooperation?", hasQuote},
		{"castaneda boots on the ground quote", hasQuote},
		{"what were her exact words", hasQuote},
		{"who is the cornell professor quoted", hasName},
		{"what % of mexicans support it", hasPercent | hasNumber},
		{"where is rubio going first", hasPlace},
		{"so where did the boats come from", hasPlace},
		{"which country did he visit first", hasPlace | hasName},
		{"which latin countries is he skipping", hasPlace | hasName},
		{"date of the call where it got tense", hasDate}, // not where
		{"a week after that tense call, when did she speak out", hasDate},
		{"how much room does she have", 0},
	}
	for _, tt := range tests {
		if got := askedKinds(tt.q); got != tt.want {
			t.Errorf("askedKinds(%q) = %08b, want %08b", tt.q, got, tt.want)
		}
	}
}

func TestTermKindOrdinal(t *testing.T) {
	for term, want := range map[string]answerKind{"7th": hasDate, "1st": hasDate, "22nd": hasDate, "3rd": hasDate, "7": hasNumber, "2025": hasNumber | hasDate, "10000": hasNumber, "saturday": hasDay} {
		if got := termKind(term); got != want {
			t.Errorf("termKind(%q) = %08b, want %08b", term, got, want)
		}
	}
}

func TestQuotes(t *testing.T) {
	for s, want := range map[string]bool{
		"“It is the closest security cooperation we have ever had,” he added.": true,
		"‘Under no circumstances,’ she declared.":                              true,
		"He said \"no\" twice.":                     true,
		"Sheinbaum’s government said it would not.": false,
		"The envoy spoke at length.":                false,
	} {
		if got := quotes(s); got != want {
			t.Errorf("quotes(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestContinuesQuote(t *testing.T) {
	for s, want := range map[string]bool{
		"“But Mexico still must do more to protect Americans,” she said.":                    true,
		"“Mexico must do more,” the statement said.":                                         true,
		"“We call on Panama to act,” they write. “We also call on Panama to cease.”":         true,
		"\"We will not accept it,\" he said.":                                                true,
		"“It is the closest cooperation we have had,” Mr. Rubio said.":                       false,
		"“Narco-terrorists” are being hit at sea, officials at the Pentagon said on Monday.": false,
		"She said “no” twice.":                                                               false,
		"“Never”":                                                                            false,
	} {
		if got := continuesQuote(s); got != want {
			t.Errorf("continuesQuote(%q) = %v, want %v", s, got, want)
		}
	}
}

// A quote whose speaker is "she" or "the statement" is read with the
// sentence before it, where the speaker is named, as its own words.
func TestQuoteContinuesTheSpeakersSentence(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"The call was productive. White House spokeswoman Anna Kelly said cooperation is delivering results.",
			"“But Mexico still must do more to protect Americans from the cartels,” she said.",
			"Mexico must do more to fight inflation, economists said, and still has to cut spending.",
		}, filler...)...))
	wantAt(t, ix, "what did the white house spokeswoman say mexico still has to do", 1)
}

func TestAsksReply(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"how did the white house respond", true},
		{"how did Mexicans react on TikTok", true},
		{"what did sheinbaum tell trump when he offered to send the army in", true},
		{"what did the white house say back after she turned it down", true},
		{"so after she went public, did the white house deny it or what did they say", true},
		{"when he offered troops, what did she tell him", true},
		{"what did trump say back in may about going after the cartels", false},
		{"what did rubio say, and when was that", false},
		{"what did sheinbaum tell trump", false},
	}
	for _, tt := range tests {
		if got := asksReply(tt.q); got != tt.want {
			t.Errorf("asksReply(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestAsksWhy(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"why did Mexico refuse", true},
		{"how come the cartels aren't scared", true},
		{"what's the reason for the tariffs", true},
		{"Karoline Leavitt reason for tariffs", true},
		{"for what purpose are the green berets there", true},
		{"what's their reasoning, is it a history thing", true},
		{"what excuse did the press secretary give for the tariffs", true},
		{"excuse me, what did Leavitt say about tariffs", false},
		{"what makes the officials so sure they won't be next", true},
		{"what led to the tension on the call", true},
		{"what did the officials make of the threat", false},
		{"how did leavitt justify the tariffs", true},
		{"so us forces can't use force there because of what exactly", true},
		{"they said no because they fear invasions, what happened next", false},
		{"what did Leavitt say about tariffs", false},
		{"how did Rubio describe the cooperation", false},
	}
	for _, tt := range tests {
		if got := asksWhy(tt.q); got != tt.want {
			t.Errorf("asksWhy(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func TestAsksSource(t *testing.T) {
	for q, want := range map[string]bool{
		"which network said drone strikes are on the table":       true,
		"what news outlet broke the story":                        true,
		"who first reported the phone call":                       true,
		"where was it first reported that trump pressured mexico": true,
		"which cartels were designated":                           false,
		"who did sheinbaum call":                                  false,
		"what did the report say about drones":                    false,
	} {
		if got := asksSource(q); got != want {
			t.Errorf("asksSource(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestCitesSource(t *testing.T) {
	for text, want := range map[string]bool{
		"NBC News reported last month that drone strikes are on the table.":                   true,
		"The troops will train marines, according to the Border Report.":                      true,
		"She confirmed a report published Friday in the Wall Street Journal.":                 true,
		"The CIA will pass along data, the New York Times reports.":                           true,
		"Officials reported no progress.":                                                     false,
		"According to one official, the administration believes its stance works.":            false,
		"Discussions have included possible drone strikes against their logistical networks.": false,
	} {
		if got := citesSource(text); got != want {
			t.Errorf("citesSource(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAsksSuccession(t *testing.T) {
	for q, want := range map[string]string{
		"who was mexico's president before sheinbaum":                                                     "sheinbaum",
		"Who was Mexico's president before Claudia Sheinbaum?":                                            "claudia",
		"who leads the sinaloa cartel after el mayo's arrest":                                             "el",
		"who is Sheinbaum's predecessor":                                                                  "predecessor",
		"who did sheinbaum call after the tariffs":                                                        "",
		"who is rubio visiting after panama":                                                              "",
		"who was the last secretary of state before Rubio to make his first trip abroad to Latin America": "",
		"who was in charge before 2025":                                                                   "",
		"what did trump say before the call":                                                              "",
		"Who is Jorge Castaneda and what position did he hold before?":                                    "",
	} {
		if got := asksSuccession(q); got != want {
			t.Errorf("asksSuccession(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestGivesAge(t *testing.T) {
	for text, want := range map[string]bool{
		"A 39-year-old mid-level operative in Culiacán":      true,
		"he is 39 years old":                                 true,
		"Adrián López, 52, editor of El Noroeste, said":      true,
		"aged 40, he joined the cartel":                      true,
		"In 2025, a report said 10,000 troops were sent":     false,
		"the 7th Special Forces Group, part of the old army": false,
	} {
		if got := givesAge(text); got != want {
			t.Errorf("givesAge(%q) = %v, want %v", text, got, want)
		}
	}
}

// Most passages of news name someone, so a name counts for less than a
// date or a sum when the question asks "which": the passage that holds
// the question's words beats one that names a person and holds fewer.
func TestSoftKindsWeighLess(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Officials said the strategy currently favors joint operations over unilateral military action.",
			"Defense Secretary Pete Hegseth said on Monday that unilateral military action was one strategy.",
		}, filler...)...))
	wantAt(t, ix, "Which strategy do officials say is currently preferred over unilateral military action?", 0)
}

// A sentence that names its speaker by post answers "who says" as a name
// would.
func TestAttribution(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"The mission came at the request of Mexico’s president, the senator said.", true},
		{"Such a designation could trigger aggressive measures, officials said.", true},
		{"“We are not alarmed,” Ms. Sheinbaum said.", false},
		{"The senator voted for the mission.", false},
	}
	for _, tt := range tests {
		if got := attribution(tt.s); got != tt.want {
			t.Errorf("attribution(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestWhoSaysIsAnsweredByTheSpeakersPost(t *testing.T) {
	ix := embeddedIndex(t)
	q := "Who says the Green Beret mission was Sheinbaum's own request?"
	ans := ask(t, ix, corpus.Query{Text: q})
	if len(ans.Results) == 0 || !strings.Contains(ans.Results[0].Passage.Text, "the senator said") {
		t.Errorf("Search(%q) = %v, want the passage ending \"the senator said\" first", q, ids(ans))
	}
}

// "What did Rubio say about…" asks for his words: the passage that
// quotes him comes before one that only reports what he did.
func TestWhatSomeoneSaidIsAnsweredByTheirWords(t *testing.T) {
	ix := embeddedIndex(t)
	for _, tt := range []struct{ q, want string }{
		{"what did rubio say abt mexico's security cooperation, was he nice abt it", "It is the closest security cooperation"},
		{"For our episode: what did White House spokeswoman Anna Kelly say Mexico still has to do?", "Mexico still must do more to protect Americans"},
		{"what does the cornell professor think mexico's government should do about possible strikes?", "take the threat of unilateral U.S. strikes against the cartels very seriously"},
	} {
		ans := ask(t, ix, corpus.Query{Text: tt.q})
		if len(ans.Results) == 0 || !strings.Contains(ans.Results[0].Passage.Text, tt.want) {
			t.Errorf("Search(%q) = %v, want the passage with %q first", tt.q, ids(ans), tt.want)
		}
	}
}

func TestQuotationWhole(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The plane flew. “We are not alarmed. They fly over their territory,” she said. Talks went on.",
			[]string{"The plane flew.", "“We are not alarmed. They fly over their territory,” she said.", "Talks went on."}},
		{`He said: "Stop. Now." Then he left.`, []string{`He said: "Stop. Now."`, "Then he left."}},
		{"“Yes.” He nodded. “Go.”", []string{"“Yes.”", "He nodded.", "“Go.”"}},
		// a mark never closed is a stray one
		{"“One. Two. Three. Four. Five. Six.", []string{"“One.", "Two.", "Three.", "Four.", "Five.", "Six."}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range quotationWhole(tt.text, corpus.SplitSentences(tt.text)) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("quotationWhole(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
