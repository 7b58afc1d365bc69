package search

import (
	"slices"
	"strings"
	"testing"
)

// analyzed returns the analyzed terms of text, space-separated.
func analyzed(t *testing.T, text string) string {
	t.Helper()
	var out []string
	for _, tok := range newAnalyzer().Analyze([]byte(text)) {
		out = append(out, string(tok.Term))
	}
	return strings.Join(out, " ")
}

func TestAnalyzerEquivalences(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"U.S. and US", "U.S. troops", "US troops"},
		{"U.S. and USA", "U.S. troops", "USA troops"},
		{"U.S. and United States", "U.S. troops", "United States troops"},
		{"U.S. and America", "the U.S. economy", "America's economy"},
		{"U.S. and American", "U.S. drones", "American drones"},
		{"Americans", "hundreds of thousands of Americans", "hundreds of thousands of U.S."},
		{"lower-case united states", "united states army", "U.S. army"},
		{"slang for Americans", "boycotting Yank products", "boycotting American products"},
		{"U.S.-Mexico", "the U.S.-Mexico border", "the US Mexico border"},
		{"accent ñ", "Jorge Castañeda", "jorge castaneda"},
		{"accent í", "Infantería de Marina", "Infanteria de Marina"},
		{"accent á", "Culiacán", "Culiacan"},
		{"percent sign", "25% tariffs", "25 percent tariffs"},
		{"thousands separator", "10,000 troops", "10000 troops"},
		{"curly apostrophe", "Mexico’s president doesn’t", "Mexico's president doesn't"},
		{"curly quotes", "“boots on the ground”", `"boots on the ground"`},
		{"possessive", "Sheinbaum’s administration", "Sheinbaum administration"},
		{"case", "CARTELS", "cartels"},
		{"stemming", "deployed troops", "deploying troop"},
		{"doubled last letter", "boycotting American goods", "boycott American goods"},
		{"doubled last letter, plural", "the tariffs", "tariff"},
		{"irregular past", "she sent troops", "she sends troops"},
		{"irregular plural", "White House spokeswomen", "White House spokeswoman"},
		{"number in words", "six Mexican cartels", "6 Mexican cartels"},
		{"number in words, capitalized", "Five cartel operatives", "5 cartel operatives"},
		{"tens and units", "twenty-five percent", "25 percent"},
		{"tens and units, spaced", "twenty five percent", "25%"},
		{"thousands in words", "ten thousand troops", "10,000 troops"},
		{"thousands half in words", "10 thousand troops", "10000 troops"},
		{"hundreds in words", "five hundred agents", "500 agents"},
		{"Latin America, one region", "a Latin America trip", "a Latin trip"},
		{"Latin American, the same region", "Latin American relations", "Latin relations"},
	}
	for _, tt := range tests {
		a, b := analyzed(t, tt.a), analyzed(t, tt.b)
		if a != b || a == "" {
			t.Errorf("%s: analyze(%q) = %q, analyze(%q) = %q, want equal", tt.name, tt.a, a, tt.b, b)
		}
	}
}

// "May" the month is a word of the text; "may" the verb is a stop word.
func TestAnalyzerMonthMay(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"In May, Mr. Trump spoke", "may mr trump speak"},
		{"since may troops", "sinc may troop"},
		{"on may 5", "may 5"},
		{"troops may leave", "troop leav"},
		{"May I ask about troops", "ask troop"},
	}
	for _, tt := range tests {
		if got := analyzed(t, tt.text); got != tt.want {
			t.Errorf("analyze(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestAnalyzerKeepsApart(t *testing.T) {
	tests := []struct {
		name string
		a, b string
	}{
		{"Latin America is not the country", "Latin America", "Latin U.S."},
		{"let us is a pronoun", "let us", "let US"},
		{"tell US in capitals", "TELL US MORE", "TELL USA MORE"},
		{"one is a pronoun", "no one said", "no 1 said"},
		{"scale after digits stays", "$60 billion", "$60000000000"},
		{"hundreds of thousands is no number", "hundreds of thousands of Americans", "100000 of Americans"},
	}
	for _, tt := range tests {
		a, b := analyzed(t, tt.a), analyzed(t, tt.b)
		if a == b {
			t.Errorf("%s: analyze(%q) = analyze(%q) = %q, want different", tt.name, tt.a, tt.b, a)
		}
	}
}

func TestAnalyzerCountry(t *testing.T) {
	tests := []struct {
		text string
		want []string // the terms that must be the country
		not  []string // the terms that must not appear
	}{
		{"U.S. forces", []string{countryTerm}, nil},
		{"the United States Army", []string{countryTerm}, []string{"unit", "state"}},
		{"let us know", nil, []string{countryTerm}},
		{"Let us see what the US does", []string{countryTerm}, nil},
		{"they told us", nil, []string{countryTerm}},
		{"LET US KNOW", nil, []string{countryTerm}},
		{"Latin American relations", nil, []string{countryTerm}},
		{"would mexicans accept us troops", []string{countryTerm}, []string{"us"}},
		{"what about us military action", []string{countryTerm}, nil},
		{"will they give us troops", nil, []string{countryTerm}},
		{"they told us officials lied", nil, []string{countryTerm}},
	}
	for _, tt := range tests {
		got := strings.Fields(analyzed(t, tt.text))
		for _, w := range tt.want {
			if !slices.Contains(got, w) {
				t.Errorf("analyze(%q) = %q, want it to contain %q", tt.text, got, w)
			}
		}
		for _, w := range tt.not {
			if slices.Contains(got, w) {
				t.Errorf("analyze(%q) = %q, want no %q", tt.text, got, w)
			}
		}
	}
}

func TestAnalyzerOffsets(t *testing.T) {
	text := "Castañeda said 25% of U.S. troops, 10,000 in all, are there."
	want := []string{"Castañeda", "said", "25", "%", "U.S.", "troops", "10,000"}
	var got []string
	for _, tok := range newAnalyzer().Analyze([]byte(text)) {
		got = append(got, text[tok.Start:tok.End])
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("token spans of %q = %q, want one to be %q", text, got, w)
		}
	}
}

func TestAnalyzerAcronyms(t *testing.T) {
	tests := []struct {
		text, acronym, span string // span "" when no acronym is wanted
	}{
		{"a report in the Wall Street Journal said", "wsj", "Wall Street Journal"},
		{"The New York Times reports", "nyt", "New York Times"},
		{"the Department of Homeland Security said", "dhs", "Department of Homeland Security"},
		{"President Claudia Sheinbaum said", "pcs", "President Claudia Sheinbaum"},
		{"Claudia Sheinbaum said", "cs", ""},
		{"the CIA and the DEA", "cd", ""},
		{"in January, Mexico Said", "jms", ""},
	}
	for _, tt := range tests {
		var span string
		for _, tok := range newAnalyzer().Analyze([]byte(tt.text)) {
			if string(tok.Term) == tt.acronym {
				span = tt.text[tok.Start:tok.End]
			}
		}
		if span != tt.span {
			t.Errorf("analyze(%q): acronym %q spans %q, want %q", tt.text, tt.acronym, span, tt.span)
		}
	}
}

// A question typed in capitals makes initials no passage uses ("Green Beret
// Mission" gives "gbm"); they must not count as a word the corpus lacks,
// which would weigh against every passage.
func TestAcronymOfQuestionNotUnknown(t *testing.T) {
	q := parsed(t, embeddedIndex(t), "Green Beret Mission")
	want := []string{"green", "beret", "mission"}
	if terms := termTexts(q); !slices.Equal(terms, want) || q.unknown != 0 {
		t.Errorf("parseQuestion(%q) terms = %q, %d unknown; want %q, 0 unknown", "Green Beret Mission", terms, q.unknown, want)
	}
}

func TestAnalyzerCurrency(t *testing.T) {
	tests := []struct{ text, want string }{
		{"$60 billion", "dollar 60 billion"},
		{"€5 million", "euro 5 million"},
		{"£3", "pound 3"},
		{"costs $$ and $ signs", "cost sign"},
	}
	for _, tt := range tests {
		if got := analyzed(t, tt.text); got != tt.want {
			t.Errorf("analyze(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// "What kind of", "which type of" only name a class of what follows: the
// class word is not a word of the subject, which the corpus may not use.
func TestKindOfIsNotASubject(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"what kind of cooperation did Sheinbaum offer", []string{"cooper", "sheinbaum", "offer"}},
		{"Which TYPE of drones?", []string{"drone"}},
		{"the kind words of the president", []string{"kind", "word", "presid"}},
		{"what type", []string{"type"}},
		{"sanctions of what kind of", []string{"sanction"}},
	})
}

// "Mine" after "like", "of" or "than" is the asker's own, not a mine: it is
// no word of the subject for the corpus to lack.
func TestMineThePronoun(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"what happens to border towns like mine", []string{"happen", "border", "town"}},
		{"a friend of mine asked about tariffs", []string{"friend", "ask", "tarif"}},
		{"was there an attack on a mine", []string{"attack", "mine"}},
	})
}

// An adjective that grades what the next word names ("big cartel bosses",
// "regular people") is not a subject of its own when the articles do not
// use it; "bigger than" compares, and stays.
func TestDegreeWordIsNoSubject(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"how many big cartel bosses were extradited", []string{"cartel", "boss", "extradit"}},
		{"do regular people oppose the strikes", []string{"peopl", "oppos", "strike"}},
		{"was the senate vote super close", []string{"senat", "vote", "close"}},
		{"is mexico's army bigger than the us army", []string{"mexico", "armi", "bigger", "usa"}},
	})
}

// A preposition bleve's stop list leaves in ("per", "besides") names
// nothing the question is about.
func TestPrepositionIsNoSubject(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"what are the cartels doing besides moving drugs", []string{"cartel", "move", "drug"}},
		{"tariffs per the white house", []string{"tarif", "white", "hous"}},
	})
}

// A formal asker's frame says no more than a plain one: "precise" is
// "exact", a "formulation" is the wording, "vis-à-vis" a preposition.
func TestFormalFrameIsNoSubject(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"What precise formulation did Sheinbaum employ vis-à-vis foreign powers?", []string{"sheinbaum", "employ", "foreign", "power"}},
	})
}

// "My uncle says…" tells who told the asker: the relative and the saying
// are no words of the subject. A relative named otherwise stays.
func TestMyRelativeIsNoSubject(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"my uncle says the US has invaded Mexico twice", []string{"usa", "invad", "mexico", "twice"}},
		{"My grandson's friend thinks tariffs are coming", []string{"friend", "think", "tarif", "come"}},
		{"my abuelo heard the senate voted", []string{"senat", "vote"}},
		{"did the cartel boss flee", []string{"cartel", "boss", "flee"}},
	})
}

// "The piece", like "the article", is the article the question is about:
// no word of its subject.
func TestPieceIsTheArticle(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"what did the townhall piece say about drones", []string{"townhal", "say", "drone"}},
	})
}

// "What did Sheinbaum call the drone flights" asks for her words: the
// "call" is no phone call.
func TestCallThatNames(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"what did sheinbaum call the drone flights", []string{"sheinbaum", "drone", "flight"}},
		{"what did they say on the call", []string{"say", "call"}},
		{"what did trump and sheinbaum discuss during the call", []string{"trump", "sheinbaum", "discuss", "call"}},
	})
}

// A filler word stays one with a possessive: "anybody's colony" is a
// colony.
func TestPossessiveFiller(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"did she say mexico isn't anybody's colony", []string{"say", "mexico", "coloni"}},
		{"is that somebody’s drone", []string{"drone"}},
	})
}

// "Us" the pronoun is the asker and those around them, no word of the
// subject; "the us" is the country.
func TestPronounUs(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"does this affect us in canada", []string{"affect", "canada"}},
		{"did the us strike boats", []string{countryTerm, "strike", "boat"}},
	})
}

// termsCase is a question and the analyzed terms it must be read as.
type termsCase struct {
	q    string
	want []string
}

// wantTerms checks that ix reads each question of tests as its terms.
func wantTerms(t *testing.T, ix *Index, tests []termsCase) {
	t.Helper()
	for _, tt := range tests {
		if terms := termTexts(parsed(t, ix, tt.q)); !slices.Equal(terms, tt.want) {
			t.Errorf("parseQuestion(%q) terms = %q, want %q", tt.q, terms, tt.want)
		}
	}
}

// parsed returns text as ix's current generation reads a question.
func parsed(t *testing.T, ix *Index, text string) question {
	t.Helper()
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.release()
	return g.parseQuestion(ix.an, text)
}

// termTexts returns the analyzed text of q's terms.
func termTexts(q question) []string {
	var terms []string
	for _, qt := range q.terms {
		terms = append(terms, qt.text)
	}
	return terms
}

// A sarcastic asker's praise ("Rubio's brilliant plan", "real genius")
// says what the asker thinks, not what the question is about.
func TestSarcasmIsNoSubject(t *testing.T) {
	wantTerms(t, embeddedIndex(t), []termsCase{
		{"Oh sure, and Rubio's brilliant plan for the smugglers' boats is what, exactly?", []string{"sure", "rubio", "plan", "smuggler", "boat"}},
		{"he skips the important countries, real genius", []string{"skip", "import", "countri"}},
	})
}
