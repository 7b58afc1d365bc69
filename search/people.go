package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/corpus"
)

// News introduces a person once, by role and full name ("former foreign
// minister Jorge Castañeda", "Adrián López, editor of El Noroeste"), and
// later by surname alone ("Mr. Castaneda says"). Members ask by role ("what
// did the former foreign minister say"), so a passage that names someone
// by surname is read with the words that introduced them, as part of its
// context (see contextOf).

// maxRoleWords is the most words taken for a role: a title before a name,
// or the phrase after it between commas.
const maxRoleWords = 6

// personWord is a word of a passage, with what stands before it.
type personWord struct {
	text  string // as written, with a trailing period for an initial ("A.")
	upper bool   // it starts with a capital letter
	after rune   // the punctuation between it and the word before, or 0 for space alone
}

// introduced is how an article introduces a person: the words of their
// role and their given names, in lower case ("press secretary" and
// "karoline").
type introduced struct {
	role, given string
}

// roles returns, for each person an article introduces, their surname (in
// lower case, accents folded) and how it introduces them. Members also ask
// by given name ("what did Claudia say"). A person is a run of two or more
// capitalized words whose last word the article also writes as a
// person's, after "Mr." or "Ms." or before "said" ("Jorge Castañeda" and
// "Mr. Castaneda says"; not "United States Army"), or a run after
// "according to" followed by who they are ("according to Adrián López,
// editor of El Noroeste"); the role is the capitalized English words that
// open the run and the lowercase words just before it ("Press Secretary
// Karoline Leavitt", "White House spokeswoman Anna Kelly"), or the phrase
// between commas just after it or just before it ("Flores-Macías,
// professor of government at Cornell University"; "the department's
// special envoy to the region, Mauricio Claver-Carone"). A capitalized
// word right after a title ("Secretary Rubio") is a person's surname too,
// introduced by no more.
func roles(a *corpus.Article) map[string]introduced {
	texts := make([][]personWord, len(a.Passages))
	people := map[string]bool{}
	var titled []string
	for pi, p := range a.Passages {
		texts[pi] = nameWords(p.Text)
		for k, w := range texts[pi] {
			switch {
			case !w.upper:
			case k > 0 && honorific[strings.ToLower(texts[pi][k-1].text)] ||
				k+1 < len(texts[pi]) && speechVerb[texts[pi][k+1].text]:
				people[foldName(w.text)] = true
			case k > 1 && w.after == 0 && texts[pi][k-1].text == "to" && strings.EqualFold(texts[pi][k-2].text, "according"):
				// "according to Adrián López, editor of…": a source, a
				// person when the phrase after the name says who they are
				// ("according to NBC News." is an outlet)
				if j := nameEnd(texts[pi], k); j-k >= 2 && j < len(texts[pi]) && texts[pi][j].after == ',' && !texts[pi][j].upper {
					people[foldName(texts[pi][j-1].text)] = true
				}
			case k > 0 && texts[pi][k-1].upper && w.after == 0 && personTitle[strings.ToLower(texts[pi][k-1].text)] &&
				!isWord(strings.ToLower(w.text)) && (k+1 == len(texts[pi]) || !texts[pi][k+1].upper || texts[pi][k+1].after != 0):
				titled = append(titled, foldName(w.text))
			}
		}
	}
	out := introductions(texts, people)
	// a person the article only names after a title ("Secretary Rubio")
	// is one, though it tells no more of them
	for _, name := range titled {
		if _, ok := out[name]; !ok {
			if out == nil {
				out = map[string]introduced{}
			}
			out[name] = introduced{}
		}
	}
	return out
}

// introductions returns how the passages, as texts, introduce each of
// people (see roles).
func introductions(texts [][]personWord, people map[string]bool) (out map[string]introduced) {
	if len(people) == 0 {
		return nil
	}
	for _, words := range texts {
		for i := 0; i < len(words); i++ {
			j := nameEnd(words, i)
			if j-i < 2 || !people[foldName(words[j-1].text)] || isWord(strings.ToLower(words[j-1].text)) {
				if j > i {
					i = j - 1
				}
				continue
			}
			var role []string
			// the run is a title, then the name: "Mexican President" and
			// "Claudia Sheinbaum"
			k := i
			for m := i; m < j-1; m++ {
				if lw := strings.ToLower(words[m].text); isWord(lw) || titleWord[lw] {
					k = m + 1
				}
			}
			// a title in lower case before the name, back to a word that
			// ends it, when the run holds none
			if words[i].after == 0 && k == i {
				var before []string
				for b := i - 1; b >= 0 && len(before) < maxRoleWords-(k-i); b-- {
					w := strings.ToLower(words[b].text)
					if roleStop[w] {
						break
					}
					before = append(before, w)
					if words[b].after != 0 {
						break
					}
				}
				for b := len(before) - 1; b >= 0; b-- {
					role = append(role, before[b])
				}
			} else if words[i].after == ',' && k == i {
				role = append(role, phraseBefore(words, i)...) // "his Mexican counterpart, Juan Ramon de la Fuente"
			}
			for _, w := range words[i:k] {
				if lw := strings.ToLower(w.text); !roleStop[lw] {
					role = append(role, lw)
				}
			}
			if j < len(words) && words[j].after == ',' && !words[j].upper && !roleStop[strings.ToLower(words[j].text)] {
				role = append(role, phraseFrom(words, j)...)
			}
			// the capitalized words between the title and the surname,
			// save initials and particles: "Claudia" in "President Claudia
			// Sheinbaum", "Juan Ramon" in "Juan Ramon de la Fuente"
			var given []string
			for _, w := range words[k : j-1] {
				if lw := strings.ToLower(w.text); w.upper && !strings.HasSuffix(lw, ".") && !isWord(lw) {
					given = append(given, lw)
				}
			}
			if len(role) > 0 || len(given) > 0 {
				if out == nil {
					out = map[string]introduced{}
				}
				name := foldName(words[j-1].text)
				if _, ok := out[name]; !ok {
					out[name] = introduced{strings.Join(role, " "), strings.Join(given, " ")}
				}
			}
			i = j - 1
		}
	}
	return out
}

// rolesIn returns the roles and given names (see roles) of the people a
// passage names by surname without them, joined by spaces.
func rolesIn(text string, people map[string]introduced) string {
	if len(people) == 0 {
		return ""
	}
	var out []string
	var seen map[string]bool
	var lower string
	for _, w := range nameWords(text) {
		if !w.upper {
			continue
		}
		name := foldName(w.text)
		p, ok := people[name]
		if !ok || seen[name] {
			continue
		}
		if seen == nil {
			seen, lower = map[string]bool{}, strings.ToLower(text)
		}
		seen[name] = true
		for _, words := range [...]string{p.role, p.given} {
			if words != "" && !strings.Contains(lower, words) {
				out = append(out, words)
			}
		}
	}
	return strings.Join(out, " ")
}

// nameEnd returns the end of the run of capitalized words that starts at
// words[i]: particles ("de la") may join it, but no punctuation may break
// it, save the period of an initial.
func nameEnd(words []personWord, i int) int {
	if !words[i].upper {
		return i
	}
	j := i + 1
	for j < len(words) && words[j].after == 0 {
		switch {
		case words[j].upper:
			j++
			continue
		case nameParticle[words[j].text] && j+1 < len(words) && words[j+1].after == 0 &&
			(words[j+1].upper || nameParticle[words[j+1].text]):
			j++
			continue
		}
		break
	}
	for j > i+1 && nameParticle[words[j-1].text] {
		j--
	}
	return j
}

// phraseFrom returns the lowercase words from words[j] to the next
// punctuation, at most maxRoleWords.
func phraseFrom(words []personWord, j int) []string {
	var out []string
	for k := j; k < len(words) && len(out) < maxRoleWords; k++ {
		if k > j && words[k].after != 0 {
			break
		}
		out = append(out, strings.ToLower(words[k].text))
	}
	return out
}

// phraseBefore returns the noun phrase set before the name at words[i],
// after a comma: the words after the farthest "the", "a" or possessive
// among the maxRoleWords+2 words before it, within the clause.
func phraseBefore(words []personWord, i int) []string {
	from := -1
	for b := i - 1; b >= 0 && i-b <= maxRoleWords+2; b-- {
		if apposition[strings.ToLower(words[b].text)] {
			from = b
		}
		if words[b].after != 0 {
			break
		}
	}
	if from < 0 || from == i-1 {
		return nil
	}
	var out []string
	for _, w := range words[from+1 : i] {
		out = append(out, strings.ToLower(w.text))
	}
	return out
}

// apposition holds the words that open a noun phrase set beside a name.
var apposition = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// nameWords splits text into words: letters, with the apostrophes and
// hyphens inside them, and the period of a single capital (an initial).
func nameWords(text string) []personWord {
	var out []personWord
	var after rune
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			if !unicode.IsSpace(r) && after == 0 {
				after = r
			}
			i += n
			continue
		}
		start := i
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) {
				i += n
				continue
			}
			if (r == '-' || r == '\'' || r == '’') && i+n < len(text) {
				if next, _ := utf8.DecodeRuneInString(text[i+n:]); unicode.IsLetter(next) {
					i += n
					continue
				}
			}
			break
		}
		w := text[start:i]
		first, _ := utf8.DecodeRuneInString(w)
		upper := unicode.IsUpper(first)
		if upper && utf8.RuneCountInString(w) == 1 && i < len(text) && text[i] == '.' {
			w += "."
			i++
		}
		out = append(out, personWord{text: w, upper: upper, after: after})
		after = 0
	}
	return out
}

// foldName returns a surname as roles keys it: lower case, accents folded,
// a possessive cut ("Leavitt's").
func foldName(w string) string {
	if strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf || unicode.IsUpper(r) }) >= 0 {
		w = strings.ToLower(w)
	}
	w = unpossessed(w)
	return string(foldAccents([]byte(w)))
}

// titleWord holds short words of titles, which the word list (six letters
// and more) lacks.
var titleWord = map[string]bool{
	"press": true, "state": true, "house": true, "white": true, "chief": true, "vice": true,
	"prime": true, "first": true, "lady": true, "mayor": true, "judge": true, "envoy": true,
	"head": true, "army": true, "navy": true, "air": true, "force": true, "aide": true,
	"pope": true, "king": true, "queen": true, "sen": true, "rep": true, "gov": true, "gen": true,
}

// personTitle holds the capitalized titles that come right before a
// person's surname ("Secretary Rubio", "President Sheinbaum").
var personTitle = map[string]bool{
	"president": true, "secretary": true, "senator": true, "minister": true, "ambassador": true,
	"governor": true, "spokeswoman": true, "spokesman": true, "commander": true, "director": true,
	"professor": true, "editor": true, "envoy": true, "general": true, "admiral": true, "mayor": true,
}

// honorific holds the words that come before a person's surname.
var honorific = map[string]bool{"mr": true, "ms": true, "mrs": true, "dr": true, "messrs": true, "prof": true, "sen": true, "rep": true, "gen": true}

// speechVerb holds the words that come after a person's name when they are
// quoted.
var speechVerb = map[string]bool{
	"said": true, "says": true, "told": true, "tells": true, "wrote": true, "writes": true,
	"added": true, "adds": true, "noted": true, "notes": true, "explained": true, "argued": true,
	"warned": true, "stated": true, "declared": true, "insisted": true, "recalled": true,
}

// nameParticle holds the small words inside names ("Juan Ramon de la
// Fuente").
var nameParticle = map[string]bool{"de": true, "la": true, "del": true, "da": true, "dos": true, "van": true, "von": true, "der": true, "le": true}

// roleStop holds the words that end a title read backwards from a name,
// or that open no role after it.
var roleStop = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "to": true, "in": true, "on": true, "at": true,
	"for": true, "by": true, "with": true, "from": true, "and": true, "or": true, "but": true,
	"said": true, "says": true, "told": true, "tells": true, "according": true, "that": true,
	"who": true, "which": true, "whom": true, "whose": true, "as": true, "is": true, "was": true,
	"are": true, "were": true, "his": true, "her": true, "their": true, "its": true, "he": true,
	"she": true, "they": true, "it": true, "mr": true, "ms": true, "mrs": true, "dr": true,
	"added": true, "wrote": true, "also": true, "when": true, "while": true, "after": true,
	"noted": true, "explained": true, "argued": true, "warned": true, "stated": true, "declared": true,
}

// A passage often goes on about the person the one before it named,
// without naming them again: "He asserted, ‘We’re not going to sit back
// anymore…’" and "However, his tone shifted…, stating, ‘It is the closest
// security cooperation we have ever had’" follow "Secretary Rubio’s
// meeting with…". Members ask by name ("what did rubio say about
// mexico").

// referent returns the surname of the person a passage of a speaks of by
// pronoun alone, or "": when the passage names none of the people the
// article introduces (people, see roles) but says "he" or "she" in its
// first sentence, the person the passage before it speaks of (see
// speaker), or that passage's own referent: "He asserted…" then
// "However, his tone…". It looks back at most referentReach passages.
func referent(a *corpus.Article, pi int, people map[string]introduced) string {
	for b := pi; b > 0 && b > pi-referentReach; b-- {
		p := a.Passages[b]
		s := sentences(p)
		if len(s) == 0 || firstNamed(nameWords(p.Text), people) != "" ||
			!slices.ContainsFunc(lowerWords(p.Text[s[0].Start:s[0].End]), personalPronoun) {
			return ""
		}
		if name := speaker(a.Passages[b-1].Text, people); name != "" {
			return name
		}
	}
	return ""
}

// referentReach is how many passages back referent looks for whom a
// pronoun stands for.
const referentReach = 3

// speaker returns whom text speaks of, of people: the last it quotes
// ("White House spokeswoman Anna Kelly said…" after "Trump and Sheinbaum
// have said…"), else the first it names ("Secretary Rubio’s meeting
// with… Sheinbaum"); or "" when it names none of them or quotes someone
// it does not name ("‘It will never happen,’ he remarked, referring to Mr.
// Trump").
func speaker(text string, people map[string]introduced) string {
	words := nameWords(text)
	quoted, unnamed := "", false
	for k, w := range words {
		if k+1 == len(words) || !quoteVerb(words[k+1].text) {
			continue
		}
		if _, ok := people[foldName(w.text)]; ok && w.upper {
			quoted = foldName(w.text)
		} else if personalPronoun(strings.ToLower(w.text)) {
			unnamed = true
		}
	}
	if quoted == "" && !unnamed {
		return firstNamed(words, people)
	}
	return quoted
}

// quoteVerb reports whether w, after a name or a pronoun, says that its
// person is quoted: "Mr. Rubio said", "he remarked".
func quoteVerb(w string) bool {
	switch w {
	case "remarked", "recounted", "observed", "asserted", "emphasized", "concluded", "stressed", "claimed", "continued":
		return true
	}
	return speechVerb[w]
}

// firstNamed returns the surname of the first of people (see roles) that
// words, as nameWords splits a text, name; or "".
func firstNamed(words []personWord, people map[string]introduced) string {
	for _, w := range words {
		if _, ok := people[foldName(w.text)]; ok && w.upper {
			return foldName(w.text)
		}
	}
	return ""
}

// personalPronoun reports whether w is a pronoun for one person.
func personalPronoun(w string) bool {
	switch w {
	case "he", "she", "his", "her", "him", "hers":
		return true
	}
	return false
}
