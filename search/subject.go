package search

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A question that puts a name after its auxiliary verb asks about what
// that name did or said: "how did Canada respond to the tariffs", "what
// did amlo say", "did Guatemala's president agree". A passage answers it
// only if it names them, or if its article does often enough that a
// pronoun may stand for them ("she said" in an article about Sheinbaum).
// Without this, a question about someone the coverage barely mentions is
// answered by a passage on the same events told of someone else: Mexico's
// retaliation for Canada's, Rubio's words for Maduro's.

// questionWord is a word of a question and where it starts in the text.
type questionWord struct {
	text  string
	start int
}

// questionWords splits text into words: letters and digits, with an
// apostrophe or a dot between letters kept inside ("Canada's", "U.S.").
func questionWords(text string) []questionWord {
	var words []questionWord
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !inWord(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if inWord(r) {
				j += n
				continue
			}
			if r == '\'' || r == '’' || r == '.' {
				if next, _ := utf8.DecodeRuneInString(text[j+n:]); j+n < len(text) && inWord(next) {
					j += n
					continue
				}
			}
			break
		}
		words = append(words, questionWord{text: text[i:j], start: i})
		i = j
	}
	return words
}

// subjectAt returns where in text the name a question asks about starts,
// or -1: the word after the auxiliary verb that opens the question or
// follows its question word ("did Canada…", "what retaliatory tariffs did
// Canada…"), when no article or pronoun comes first ("did the cartels…" is
// about a class of things, "did she…" about someone named elsewhere). Of a
// run of capitalized words the last is the name ("Venezuelan President
// Nicolás Maduro"), unless the question is in title case; of a
// possessive, the owner ("Guatemala's president").
func subjectAt(text string) int {
	words := questionWords(text)
	aux := -1
	for i, w := range words {
		if i > 4 {
			break
		}
		lw := strings.ToLower(w.text)
		if questionAux(lw) && (i <= 1 && (i == 0 || questionOpener(strings.ToLower(words[0].text))) ||
			doSupport(lw) && questionOpener(strings.ToLower(words[0].text))) {
			// after a longer question phrase only "do" puts the subject
			// after it: "what tariffs did Canada impose", but "how many
			// members were sent", "which agencies could send"
			aux = i
			break
		}
		if i == 0 && openerIs(lw) {
			aux = 0 // "who's David Mora"
			break
		}
		if i == 0 && !questionOpener(lw) {
			return -1
		}
	}
	if aux < 0 || aux+1 >= len(words) {
		return -1
	}
	i := aux + 1
	w := words[i].text
	if determiner(strings.ToLower(w)) {
		return -1
	}
	if lw := strings.ToLower(w); !startsUpper(w) && len(lw) > 5 && strings.HasSuffix(lw, "ing") {
		// a verb, not who it is about: "who is demanding Panama de-flag
		// the ships"
		return -1
	}
	if startsUpper(w) && !possessive(w) && !titleCase(text) {
		for i+1 < len(words) && startsUpper(words[i+1].text) && !possessive(words[i].text) {
			i++
		}
	}
	return words[i].start
}

// questionAux reports whether w is an auxiliary verb that opens a question
// or follows its question word.
func questionAux(w string) bool {
	switch w {
	case "did", "does", "do", "has", "have", "had", "will", "would", "could", "can", "should",
		"is", "was", "are", "were":
		return true
	}
	return false
}

// doSupport reports whether w is a form of "do", which puts the subject
// after it however long the question phrase before it.
func doSupport(w string) bool {
	return w == "did" || w == "does" || w == "do"
}

// questionOpener reports whether w opens a question before its auxiliary.
func questionOpener(w string) bool {
	switch w {
	case "what", "how", "why", "when", "where", "who", "whom", "which", "whats", "hows":
		return true
	}
	return false
}

// openerIs reports whether w is a question word and "is" in one: "who's",
// "what's".
func openerIs(w string) bool {
	w = strings.ReplaceAll(w, "’", "'")
	before, ok := strings.CutSuffix(w, "'s")
	return ok && questionOpener(before)
}

// determiner reports whether w, before a noun, makes it something other
// than a name: an article, a pronoun or a quantity.
func determiner(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our",
		"my", "your", "some", "any", "all", "most", "many", "much", "more", "other", "such", "each",
		"every", "no", "both", "either", "neither", "either's",
		"he", "she", "it", "they", "we", "you", "i", "there", "them", "him", "one":
		return true
	}
	return false
}

// startsUpper reports whether w starts with a capital letter.
func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// possessive reports whether w ends in "'s".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// unpossessed returns w without the "'s" it may end in.
func unpossessed(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

// countedAt returns where in text the words that name what a "how many"
// question counts start and end ("how many cartel members were sent",
// "how many Americans has fentanyl killed"): up to three words after "how
// many", before an auxiliary, a preposition or a determiner. Both are 0
// when the question counts nothing.
func countedAt(text string) (from, to int) {
	words := questionWords(text)
	for i := 0; i+2 < len(words); i++ {
		if !strings.EqualFold(words[i].text, "how") || !strings.EqualFold(words[i+1].text, "many") {
			continue
		}
		j := i + 2
		for j < len(words) && j < i+5 {
			w := strings.ToLower(words[j].text)
			if questionAux(w) || preposition(w) || w == "may" || w == "might" || w == "must" || j > i+2 && determiner(w) {
				// "how many times the US has invaded" counts times:
				// a determiner opens the clause's subject
				break
			}
			j++
		}
		if j == i+2 {
			return 0, 0
		}
		last := words[j-1]
		return words[i+2].start, last.start + len(last.text)
	}
	return 0, 0
}

// preposition reports whether w is a preposition that ends the noun
// phrase before it.
func preposition(w string) bool {
	switch w {
	case "in", "of", "on", "at", "to", "from", "for", "by", "with", "into", "since", "during",
		"over", "under", "per", "across", "that", "who", "which", "got", "get", "went", "go":
		return true
	}
	return false
}

// acts reports whether the candidate's article names question term i,
// the question's subject, as one who acts somewhere: anywhere but as the
// object of a preposition ("tariffs will be imposed on Mexico and
// Canada", "a sit-down with Canada's foreign minister"). A question about
// what Canada did is not answered by an article in which Canada only has
// things done to it. Passages are read until one names the subject so.
func (c *collector) acts(cd candidate, i int) bool {
	if r, ok := c.acting[cd.ref.article]; ok {
		return r
	}
	if c.acting == nil {
		c.acting = map[int]bool{}
	}
	a := c.g.corpus.Articles[cd.ref.article]
	first := cd.doc - cd.ref.passage
	r := false
	for p := range a.Passages {
		if r {
			break
		}
		if !c.holds(first+p, i) {
			continue
		}
		text := a.Passages[p].Text
		for _, tok := range c.analyzed(docRef{article: cd.ref.article, passage: p}) {
			if c.m.matches(string(tok.Term), i) && !objectAt(text, tok.Start) {
				r = true
				break
			}
		}
	}
	c.acting[cd.ref.article] = r
	return r
}

// objectAt reports whether the name at byte offset i of text is the
// object of a preposition: the word before it, past other names and the
// words that join them ("on Mexico and Canada"), is one.
func objectAt(text string, i int) bool {
	for {
		w, start := wordBeforeAt(text, i)
		switch {
		case w == "" || sentenceBreak(text[start+len(w):i], w):
			return false
		case w == "and" || w == "or" || w == "the" || startsUpper(text[start:]):
			i = start
		case w == "to":
			// "according to Senator Moreno" names who speaks
			before, _ := wordBeforeAt(text, start)
			return before != "according"
		default:
			return objectPreposition(w)
		}
	}
}

// sentenceBreak reports whether gap, the text between word w and the
// name after it, ends a sentence or a clause: "…on Friday. Canada imposed"
// names Canada acting. The dot after a title or an initial ("Mr.",
// "U.S.") ends nothing.
func sentenceBreak(gap, w string) bool {
	if strings.ContainsAny(gap, "!?;:") {
		return true
	}
	if !strings.Contains(gap, ".") {
		return false
	}
	switch w {
	case "mr", "ms", "mrs", "dr", "gen", "sen", "rep", "gov", "st", "jr", "sr":
		return false
	}
	return len(w) > 1
}

// objectPreposition reports whether w is a preposition whose object has
// things done to it, or is spoken of. "By" names who acts in the passive,
// and "of" the body a person acts for ("the head of Northern Command").
func objectPreposition(w string) bool {
	switch w {
	case "on", "in", "from", "with", "against", "at", "for", "into", "over",
		"about", "between", "toward", "towards", "off", "near", "including", "like", "than",
		"across", "through", "under", "upon", "via":
		return true
	}
	return false
}
