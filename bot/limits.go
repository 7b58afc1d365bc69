package bot

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf16"
)

// Limits Discord enforces on a message; over any of them it answers 400 and
// posts nothing, so every renderer fits its text inside them.
const (
	maxContent     = 2000
	maxEmbeds      = 10
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxAuthor      = 256
	maxEmbedsTotal = 6000
	maxCustomID    = 100
	maxRowButtons  = 5
	maxRows        = 5
	maxButtonLabel = 80
	maxButtonURL   = 512
	maxChoices     = 25
	maxChoiceLen   = 100
)

const ellipsis = "…"

// textLen counts s the way Discord's limits do, in UTF-16 code units: a
// character outside the Basic Multilingual Plane counts twice, so counting
// this way never undercounts.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += runeLen(r)
	}
	return n
}

// runeLen is the UTF-16 length of r; an invalid rune is sent as U+FFFD.
func runeLen(r rune) int {
	if n := utf16.RuneLen(r); n > 0 {
		return n
	}
	return 1
}

// sentenceEnd matches the end of a sentence: terminal punctuation, closing
// quotes or brackets, then a space.
var sentenceEnd = regexp.MustCompile(`[.!?…]["'”’)\]]*\s`)

// fit shortens raw text until its rendering fits in max characters. render
// turns raw[:n] into the final text, adding the ellipsis when cut is true;
// it is called again for every candidate, so markup it adds (escapes, bold)
// is never split. fit cuts after the last whole sentence that fits, else
// after the last whole word, else inside the first word.
func fit(raw string, max int, render func(n int, cut bool) string) string {
	if out := render(len(raw), false); textLen(out) <= max {
		return out
	}
	fits := func(n int) (string, bool) {
		out := render(n, true)
		return out, textLen(out) <= max
	}
	// Whole sentences. A longer prefix never renders shorter, so search
	// for the longest that fits.
	var sentences []int
	for _, m := range sentenceEnd.FindAllStringIndex(raw, -1) {
		sentences = append(sentences, len(strings.TrimRight(raw[:m[1]], " \t\n")))
	}
	if best := searchLongest(sentences, fits); best != "" {
		return best
	}
	// Whole words.
	var words []int
	for i, r := range raw {
		if i > 0 && (r == ' ' || r == '\n' || r == '\t') {
			words = append(words, i)
		}
	}
	if best := searchLongest(words, fits); best != "" {
		return best
	}
	// A single overlong word: cut it at a rune boundary.
	var runes []int
	for i := range raw {
		if i > 0 {
			runes = append(runes, i)
		}
	}
	if best := searchLongest(runes, fits); best != "" {
		return best
	}
	out, _ := fits(0)
	if textLen(out) > max {
		return truncateRunes(ellipsis, max)
	}
	return out
}

// searchLongest returns the rendering of the longest candidate cut that fits.
func searchLongest(cands []int, fits func(int) (string, bool)) string {
	lo, hi, best := 0, len(cands)-1, ""
	for lo <= hi {
		mid := (lo + hi) / 2
		if out, ok := fits(cands[mid]); ok {
			best, lo = out, mid+1
		} else {
			hi = mid - 1
		}
	}
	return best
}

// plain renders text that needs no escaping (button labels, choice names).
func plain(s string) func(int, bool) string {
	return func(n int, cut bool) string {
		if cut {
			return strings.TrimRight(s[:n], " ") + ellipsis
		}
		return s[:n]
	}
}

// escaped renders text escaped for Markdown.
func escaped(s string) func(int, bool) string {
	return func(n int, cut bool) string {
		if cut {
			return escapeMarkdown(strings.TrimRight(s[:n], " ")) + ellipsis
		}
		return escapeMarkdown(s[:n])
	}
}

// fitPlain shortens text without markup to max characters.
func fitPlain(s string, max int) string { return fit(s, max, plain(s)) }

// fitEscaped escapes s for Markdown and shortens it to max characters.
func fitEscaped(s string, max int) string { return fit(s, max, escaped(s)) }

// fitLines keeps the whole lines of rendered text that fit in max
// characters, and says how many were left out.
func fitLines(lines []string, max int) string {
	var b strings.Builder
	for i, l := range lines {
		sep := ""
		if i > 0 {
			sep = "\n"
		}
		more := ""
		if rest := len(lines) - i - 1; rest > 0 {
			more = "\n" + ellipsis + " and " + strconv.Itoa(rest) + " more"
		}
		if textLen(b.String())+textLen(sep+l)+textLen(more) > max {
			left := len(lines) - i
			tail := sep + ellipsis + " and " + strconv.Itoa(left) + " more"
			if textLen(b.String())+textLen(tail) <= max {
				b.WriteString(tail)
			}
			return b.String()
		}
		b.WriteString(sep + l)
	}
	return b.String()
}

// truncateRunes cuts s to at most max characters without splitting a rune.
func truncateRunes(s string, max int) string {
	n := 0
	for i, r := range s {
		n += runeLen(r)
		if n > max {
			return s[:i]
		}
	}
	return s
}
