package corpus

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words before a period that do not end a sentence: titles, which a name
// follows, and month abbreviations, which a day follows. Lowercase, without
// the period.
var noBreakAfter = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "prof": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "maj": true, "adm": true, "cmdr": true, "st": true,
	"rev": true, "hon": true, "pres": true, "vs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// sentenceStarters are words that, after a dotted abbreviation such as
// "U.S." or "p.m.", show that a new sentence begins ("troops to the U.S. The
// president said"). After any other word a dotted abbreviation is taken to
// go on ("U.S. Army", "J.D. Vance", "9 a.m. Friday").
var sentenceStarters = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "This": true, "That": true,
	"These": true, "Those": true, "There": true, "In": true, "On": true,
	"At": true, "As": true, "For": true, "But": true, "And": true, "Or": true,
	"So": true, "Yet": true, "If": true, "When": true, "While": true,
	"After": true, "Before": true, "Since": true, "Still": true, "However": true,
	"Meanwhile": true, "Then": true, "What": true, "Why": true, "How": true,
	"Who": true, "Some": true, "Many": true, "No": true, "Not": true,
}

// SplitSentences splits text into sentences and returns their byte spans,
// in order. Spans leave out the white space between sentences, so only
// white space lies outside them.
//
// A sentence ends at ".", "?" or "!", together with any closing quotes or
// brackets right after it, when white space and then an uppercase letter,
// a digit or an opening quote follow. A period does not end a sentence
// after a title ("Mr.", "Gen.", "Sen."), a month ("Jan."), a single
// initial ("Jack N. Smith"), or inside an ellipsis ("..."). After a dotted
// abbreviation ("U.S.", "J.D.", "p.m.") it ends one only when a word that
// usually opens a sentence follows ("The", "He", "But", ...).
func SplitSentences(text string) []Span {
	var spans []Span
	start := -1
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if start < 0 {
			if !unicode.IsSpace(r) {
				start = i
			}
			i += size
			continue
		}
		if r != '.' && r != '?' && r != '!' {
			i += size
			continue
		}
		end := i + size
		for end < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if r2 != '.' && r2 != '?' && r2 != '!' && !isCloser(r2) {
				break
			}
			end += s2
		}
		if endsSentence(text, start, i, end) {
			spans = append(spans, Span{start, end})
			start = -1
		}
		i = end
	}
	if start >= 0 {
		spans = append(spans, Span{start, len(strings.TrimRightFunc(text, unicode.IsSpace))})
	}
	return spans
}

// endsSentence reports whether the punctuation text[mark:end], in the
// sentence that starts at start, ends that sentence.
func endsSentence(text string, start, mark, end int) bool {
	rest := strings.TrimLeftFunc(text[end:], unicode.IsSpace)
	if len(rest) == len(text[end:]) && rest != "" {
		return false // no space after: "3.5", "U.S.-Mexico", "p.m.,"
	}
	if !startsSentence(rest) {
		return false
	}
	punct := text[mark:end]
	if strings.Contains(punct, "..") {
		return false // an ellipsis
	}
	if punct != "." {
		return true // "?", "!", or a period with a closing quote
	}
	word := text[start:mark]
	if i := strings.LastIndexFunc(word, unicode.IsSpace); i >= 0 {
		word = word[i+1:]
	}
	word = strings.TrimLeftFunc(word, isOpener)
	switch {
	case noBreakAfter[strings.ToLower(word)]:
		return false
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		return false // an initial
	case isDotted(word):
		return sentenceStarters[firstWord(rest)]
	}
	return true
}

// startsSentence reports whether s can open a sentence: an uppercase letter,
// a digit, or an opening quote or bracket before a letter or digit. An empty
// s (the end of the text) can too.
func startsSentence(s string) bool {
	if s == "" {
		return true
	}
	r, size := utf8.DecodeRuneInString(s)
	if isOpener(r) {
		r, _ = utf8.DecodeRuneInString(s[size:])
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isDotted reports whether word (its final period cut off) is an
// abbreviation of one- or two-letter parts joined by periods: "U.S",
// "J.D", "p.m".
func isDotted(word string) bool {
	parts := strings.Split(word, ".")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		n := utf8.RuneCountInString(p)
		if n == 0 || n > 2 || strings.IndexFunc(p, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// firstWord returns the letters at the start of s, after any opening quote.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, isOpener)
	if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return s[:i]
	}
	return s
}

func isCloser(r rune) bool {
	return strings.ContainsRune("\"'”’)]»", r)
}

func isOpener(r rune) bool {
	return strings.ContainsRune("\"'“‘([«", r)
}
