package search

import (
	"slices"
	"strings"
)

// A yes-or-no question is answered as often by a passage that says no as
// by one that says yes: "did Sheinbaum accept U.S. troops?" is answered by
// "she rejected an offer by President Trump to send U.S. troops". Its verb
// of assent is read with the verbs of refusal as other forms of it, and
// the other way round.

// assentWords and refusalWords are the two sides; the corpus's synonym
// groups widen each ("rebuff" with "reject").
const (
	assentWords  = "accept agree approve allow consent welcome support"
	refusalWords = "reject refuse oppose deny forbid ban prohibit"
)

// opposite maps the analyzed terms of each side to those of the other.
var opposite = func() map[string][]string {
	an := newAnalyzer()
	side := func(words string) []string {
		var out []string
		for _, tok := range an.Analyze([]byte(words)) {
			out = append(out, string(tok.Term))
		}
		return out
	}
	yes, no := side(assentWords), side(refusalWords)
	m := map[string][]string{}
	for _, t := range yes {
		m[t] = no
	}
	for _, t := range no {
		m[t] = yes
	}
	return m
}()

// asksYesNo reports whether a question asks for yes or no: it opens, past
// what a member says before asking ("so", "wait", "honestly"; see
// chatWord), with an auxiliary verb ("did", "hasn't", "is it true that").
func asksYesNo(text string) bool {
	for _, w := range lowerWords(text) {
		switch {
		case questionAux(strings.TrimSuffix(w, "n't")):
			return true
		case chatWord(w) || w == "so" || w == "and" || w == "but" || w == "then" || w == "ok" || w == "okay":
			continue
		}
		return false
	}
	return false
}

// opposites returns the analyzed terms of the other side (see opposite)
// that the corpus uses, with their synonyms, for a question term t with
// its synonyms alts. Only a word of a side itself has an opposite: "let"
// is a synonym of "allow", but "letting the US help" assents to nothing.
func (g *generation) opposites(t string, alts []string) []string {
	var out []string
	for _, o := range opposite[t] {
		for _, x := range append([]string{o}, g.syn.alts[o]...) {
			if x != t && !slices.Contains(out, x) && !slices.Contains(alts, x) && g.terms.docFreq(x) > 0 {
				out = append(out, x)
			}
		}
	}
	return out
}
