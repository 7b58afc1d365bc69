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

// polarSides are the pairs of sides a yes-or-no question may be answered
// by either of: assent and refusal, a vote won by all or by a few ("was
// the vote close?" is answered by "voted unanimously"), and a mood ("was
// the call friendly?" is answered by "things became tense"). The corpus's
// synonym groups widen each ("rebuff" with "reject").
var polarSides = [][2]string{
	{"accept agree approve allow consent welcome support want", "reject refuse oppose deny forbid ban prohibit"},
	{"unanimous unanimously", "close divided split narrow contested"},
	{"friendly cordial warm calm", "tense hostile heated"},
	{"visit include", "skip exclude omit"},
}

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
	m := map[string][]string{}
	for _, sides := range polarSides {
		yes, no := side(sides[0]), side(sides[1])
		for _, t := range yes {
			m[t] = no
		}
		for _, t := range no {
			m[t] = yes
		}
	}
	return m
}()

// asksYesNo reports whether a question asks for yes or no: it opens, past
// what a member says before asking ("so", "wait", "honestly"; see
// chatWord), with an auxiliary verb ("did", "hasn't", "is it true that");
// it checks a claim with a tag ("…the call was friendly. true?", "True or
// false: …"); or it states something with a question mark (see
// statesWithQuestionMark).
func asksYesNo(text string) bool {
	for _, w := range lowerWords(text) {
		switch {
		case questionAux(strings.TrimSuffix(w, "n't")):
			return true
		case chatWord(w) || w == "so" || w == "and" || w == "but" || w == "then" || w == "ok" || w == "okay":
			continue
		}
		break
	}
	return hasTag(text) || statesWithQuestionMark(text)
}

// checksClaim reports whether a question checks a claim the asker heard
// or remembers: it opens with a negated auxiliary ("Wasn't it…", "Didn't
// she…") or "was it", ends with a tag ("…, right?", "…, didn't she?",
// "true?"), or states the claim with a question mark.
func checksClaim(text string) bool {
	words := lowerWords(text)
	for len(words) > 0 && (chatWord(words[0]) || linkWord(words[0])) {
		words = words[1:]
	}
	if len(words) > 1 && (strings.HasSuffix(words[0], "n't") && questionAux(strings.TrimSuffix(words[0], "n't")) ||
		(words[0] == "was" || words[0] == "is") && words[1] == "it") {
		return true // "Wasn't it…", "Was it the Pentagon that…"
	}
	if hasTag(text) {
		return true
	}
	trimmed := strings.TrimSpace(text)
	if i := strings.LastIndexByte(strings.TrimRight(trimmed, "?"), ','); i >= 0 && strings.HasSuffix(trimmed, "?") {
		if tail := lowerWords(trimmed[i+1:]); len(tail) == 2 && strings.HasSuffix(tail[0], "n't") {
			return true // "…, didn't she?"
		}
	}
	// "did Trudeau say…" asks, where "trudeau said…?" checks
	return (len(words) == 0 || !questionAux(words[0])) && statesWithQuestionMark(text)
}

// hasTag reports whether a question holds a tag word (see tagWord).
func hasTag(text string) bool {
	for _, w := range questionWords(text) {
		if tagWord(text, w.start, w.start+len(w.text)) {
			return true
		}
	}
	return false
}

// statesWithQuestionMark reports whether text is a statement of four
// words or more with a question mark, no clause of which asks ("trump
// wanted to bomb the cartels?").
func statesWithQuestionMark(text string) bool {
	if !strings.HasSuffix(strings.TrimSpace(text), "?") || len(questionWords(text)) < 4 {
		return false // "sheinbaum troops?" names a subject, and asks nothing of it
	}
	return !anyClauseAsks(text)
}

// anyClauseAsks reports whether a clause of text asks (see clauseAsks).
func anyClauseAsks(text string) bool {
	for start := 0; start < len(text); {
		end := clauseEnd(text, start)
		if clauseAsks(text[start:end]) {
			return true
		}
		start = end
	}
	return false
}

// tagWord reports whether the word text[start:end] only asks whether a
// claim holds: "true", "right" or "correct" standing alone before a
// question mark ("…the whole time. true?", "…, right?"), or opening
// "true or false".
func tagWord(text string, start, end int) bool {
	w := strings.ToLower(text[start:end])
	before := strings.TrimRight(text[:start], " ")
	after := strings.ToLower(strings.TrimLeft(text[end:], " "))
	switch w {
	case "false":
		t := len(before) - len("true or")
		return strings.HasSuffix(strings.ToLower(before), "true or") && tagWord(text, t, t+len("true"))
	case "true", "right", "correct", "accurate":
	default:
		return false
	}
	if before != "" && strings.IndexByte(".,;:!?-(", before[len(before)-1]) < 0 {
		return false
	}
	return after == "" || after[0] == '?' || strings.HasPrefix(after, "or false") || strings.HasPrefix(after, "or not")
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
