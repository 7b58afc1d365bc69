package search

import (
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/corpus"
)

// Every phrase of the table is words the tokenizer keeps whole, in lower
// case, and every word it stands for is one term.
func TestIdiomTable(t *testing.T) {
	an := newAnalyzer()
	for word, phrases := range idiomTable {
		if toks := an.Analyze([]byte(word)); len(toks) != 1 {
			t.Errorf("%q analyzes to %d terms, want 1", word, len(toks))
		}
		for _, p := range phrases {
			words := strings.Fields(p)
			if len(words) < 2 || p != strings.ToLower(p) || len(words[0]) > 16 {
				t.Errorf("phrase %q: want two or more lower-case words, the first of 16 letters at most", p)
			}
			if toks := (newsTokenizer{}).Tokenize([]byte(p)); len(toks) != len(words) {
				t.Errorf("phrase %q is %d tokens, want %d", p, len(toks), len(words))
			}
		}
	}
}

// A phrase of the table adds the word it stands for, spanning the phrase,
// whatever its case; the same words apart do not.
func TestAnalyzerIdioms(t *testing.T) {
	tests := []struct {
		text, term, span string // span "" when the term must not appear
	}{
		{"Drone strikes are on the table.", "consid", "on the table"},
		{"is going in without mexico's ok off the table", "exclud", "off the table"},
		{"covert action has not been ruled out", "exclud", "ruled out"},
		{"Drone strikes are ON THE TABLE.", "consid", "ON THE TABLE"},
		{"The two countries teamed up against the cartels.", "cooper", "teamed up"},
		{"Mexico has ramped up its efforts.", "increas", "ramped up"},
		{"if the US scales up inside mexico", "increas", "scales up"},
		{"a country essentially run by the cartels", "control", "run by"},
		{"who is really in charge in Mexico", "control", "in charge"},
		{"the criminal charges in Texas", "control", ""},
		{"The two ministers exchanged pleasantries on the phone.", "call", "on the phone"},
		{"a phone on the desk", "call", ""},
		{"what if trade got knocked off course", "disrupt", "knocked off course"},
		{"if trade got messed up", "disrupt", "messed up"},
		{"what did he say about Trump actually pulling it off", "happen", "pulling it off"},
		{"pull it out of the box", "happen", ""},
		{"could Mexico break off relations", "cut", "break off"},
		{"options the administration looked at", "consid", "looked at"},
		{"troops on their soil are a sore spot", "sensit", "sore spot"},
		{"why are US troops such a raw nerve", "sensit", "raw nerve"},
		{"are mexicans kinda ok with american troops now", "open", "ok with"},
		{"the visitors beat them on their home turf", "territori", "home turf"},
		{"the grass turf of the stadium", "territori", ""},
		{"what if the us bombed the cartels on its own", "unilater", "on its own"},
		{"what if the us bombed the cartels without asking", "unilater", "without asking"},
		{"each side staying on its own turf", "territori", "on its own turf"},
		{"each side staying on its own turf", "unilater", ""},
		{"how could mexico hit back", "retali", "hit back"},
		{"if that trade gets knocked out", "disrupt", "knocked out"},
		{"he is yet to meet his Mexican counterpart", "pend", "yet to"},
		{"who has rubio still not sat down with", "pend", "still not"},
		{"rubio still hasn't met him", "pend", "still hasn't"},
		{"the talks are still going", "pend", ""},
		{"ships coming out of venezuela", "depart", "coming out of"},
		{"But, he concluded, we should be careful what we wish for.", "warn", "be careful"},
		{"a careful reading of the order", "warn", ""},
		{"politicians used to trash talk the gringos", "critic", "trash talk"},
		{"Mr. Rubio had a sit-down with Canada’s foreign minister", "meet", "sit-down"},
		{"Which countries did Rubio leave off his trip?", "skip", "leave off"},
		{"Mexico Warms Up to Trump’s War on Drug Cartels", "open", "Warms Up to"},
		{"are mexicans warming to american boots on the ground", "open", "warming to"},
		{"the weather warmed up in the afternoon", "open", ""},
		{"is rubio stopping in mexico on his trip", "visit", "stopping in"},
		{"the trip includes a stop in Panama", "visit", "stop in"},
		{"if that makes the violence stop", "visit", ""},
		{"Panama will be Mr. Rubio’s first stop, followed by El Salvador", "visit", "first stop"},
		{"which boats has the us hit so far", "hitherto", "so far"},
		{"To date, the government maintains the strikes were legal.", "hitherto", "To date"},
		{"the date was set in advance", "hitherto", ""},
		{"what has changed since trump got back in office", "return", "got back"},
		{"they sat at the back of the room", "return", ""},
		{"Is Sheinbaum walking a tightrope", "difficult", "walking a tightrope"},
		{"did she slam the door on the offer", "reject", "slam the door"},
		{"the door slammed in the wind", "reject", ""},
		{"who is pulling the strings in mexico", "control", "pulling the strings"},
		{"are officials losing sleep over it", "worri", "losing sleep"},
		{"is Mexico sweating it?", "worri", "sweating it"},
		{"how much do the us and mexico buy and sell each year", "trade", "buy and sell"},
		{"how much do the farmhands wire back home each year", "remit", "wire back home"},
		{"how much business goes back and forth across the border", "exchang", "back and forth"},
		{"Now, though, she is changing her tune.", "shift", "changing her tune"},
		{"It is the first time “in over a hundred years” that…", "centuri", "hundred years"},
		{"who even broke that story", "report", "broke that story"},
		{"are mexicans cool with us troops now", "open", "cool with"},
		{"relations cooled with the new government", "open", ""},
		{"did trump hold his fire on tariffs", "postpon", "hold his fire"},
		{"is rubio giving mexico the cold shoulder", "skip", "cold shoulder"},
		{"The table was on the left.", "consid", ""},
		{"a team that was up early", "cooper", ""},
	}
	for _, tt := range tests {
		var spans []string
		for _, tok := range newAnalyzer().Analyze([]byte(tt.text)) {
			if string(tok.Term) == tt.term {
				spans = append(spans, tt.text[tok.Start:tok.End])
			}
		}
		switch {
		case tt.span == "" && len(spans) > 0:
			t.Errorf("analyze(%q) has %q at %q, want none", tt.text, tt.term, spans)
		case tt.span != "" && (len(spans) != 1 || spans[0] != tt.span):
			t.Errorf("analyze(%q): %q spans %q, want once, %q", tt.text, tt.term, spans, tt.span)
		}
	}
}

// A question finds a passage that says in a phrase what it says in a
// word, and the other way round.
func TestSearchIdioms(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01",
		append([]string{
			"Officials said drone strikes against the cartels are on the table.",
			"Drone strikes against the cartels drew protests from officials.",
			"The two governments agreed to cooperate on intelligence.",
			"Remittances from workers abroad now top $60 billion a year.",
			"Workers abroad protested the new visa rules.",
			"Mr. Rubio is skipping the region's largest countries, Brazil and Argentina.",
			"Mr. Rubio will visit the region's smaller countries, Panama and Guatemala.",
			"The troops will help capture drug bosses.",
			"Sheinbaum rejected the claim that cartels run Mexico.",
			"Trump repeated the claim that cartels run Mexico.",
			"The two ministers spoke on the phone last week.",
			"The two ministers will meet next month.",
		}, filler...)...))
	tests := []struct {
		q    string
		want int
	}{
		{"are drone strikes against the cartels being considered", 0},
		{"will the two governments work together on intelligence", 2},
		{"do workers abroad send money home", 3},
		{"which countries did rubio leave out of the region", 5},
		{"who are the big shots", 7},
		{"did anyone push back on the claim that cartels run mexico", 8},
		{"did the two ministers have a call", 10},
	}
	for _, tt := range tests {
		wantAt(t, ix, tt.q, tt.want)
	}
	// a phrase and its word are one subject, not two words in common
	q := "what's on the table for dinner tonight"
	wantRefused(t, ix, q)
}

// A phrase's word takes the place of the phrase: its other words that the
// corpus never uses ("soft" of "soft drink") are no subject of their own,
// and a quiz's command ("Name the…", "Fill in the blank") is no word of
// the subject.
func TestIdiomAndCommandWordsLeaveTheQuestion(t *testing.T) {
	ix := embeddedIndex(t)
	tests := []struct {
		q    string
		want []string
	}{
		{"Name the soft drink Mexicans poured down the drain.", []string{"soda", "mexican", "pour", "drain"}},
		{"name the soft-drink mexicans poured down the drain", []string{"soda", "mexican", "pour", "drain"}},
		{"please list the cartels", []string{"cartel"}},
		{"Fill in the blank: Trump called Mexico run by the cartels", []string{"trump", "call", "mexico", "control", "cartel"}},
		{"what did the press say about her name", []string{"press", "say", "name"}},
	}
	for _, tt := range tests {
		if terms := termTexts(parsed(t, ix, tt.q)); !slices.Equal(terms, tt.want) {
			t.Errorf("parseQuestion(%q) terms = %q, want %q", tt.q, terms, tt.want)
		}
	}
	wantAt := func(q, answer string) {
		ans := ask(t, ix, corpus.Query{Text: q})
		if len(ans.Results) == 0 || !strings.Contains(ans.Results[0].Passage.Text, answer) {
			t.Errorf("Search(%q) = %v, want first a passage with %q", q, ids(ans), answer)
		}
	}
	wantAt("Name the soft drink Mexicans poured down the drain.", "Coca Cola down the drain")
}
