package search

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
)

// Bilingual members mix Spanish words into English questions ("which
// colores are companies using", "la soberanía y el territorio"). Many are
// cognates that English spells by a few regular rules: "-ción" is
// "-tion", "-ismo" "-ism", "-ia" and "-io" "-y", "-ado" "-ate" or "-ed",
// "-ico" "-ic", and the plural drops "-s" or "-es". cognates spells a word
// the English ways; a question word the corpus does not know is looked for
// in whichever of them the corpus uses (see parseQuestion). The rules are
// general Spanish, not words of any one corpus.

// cognateEndings maps a Spanish ending, accents folded, to the English
// endings it may stand for, longest first.
var cognateEndings = []struct {
	es string
	en []string
}{
	{"cion", []string{"tion"}},
	{"sion", []string{"sion"}},
	{"ismo", []string{"ism"}},
	{"ista", []string{"ist"}},
	{"idad", []string{"ity"}},
	{"ario", []string{"ary"}},
	{"aria", []string{"ary"}},
	{"ado", []string{"ate", "ed"}},
	{"ada", []string{"ate", "ed"}},
	{"ido", []string{"ed"}},
	{"ida", []string{"ed"}},
	{"ico", []string{"ic", "ical"}},
	{"ica", []string{"ic", "ical"}},
	{"oso", []string{"ous"}},
	{"osa", []string{"ous"}},
	{"ivo", []string{"ive"}},
	{"iva", []string{"ive"}},
	{"ente", []string{"ent"}},
	{"ante", []string{"ant"}},
	{"ia", []string{"y"}},
	{"io", []string{"y"}},
	{"o", []string{"", "e"}},
	{"a", []string{"", "e"}},
	{"e", []string{""}},
	{"", []string{"", "e"}},
}

// cognates returns the English spellings a Spanish word may have, w in
// lower case with its accents folded: "territorios" gives "territory",
// "opciones" "option", "nacionalismo" "nationalism". Words of fewer than
// five letters give none: short ones are too often other words.
func cognates(w string) []string {
	if len(w) < 5 || !asciiLetters(w) {
		return nil
	}
	var out []string
	add := func(s string) {
		if len(s) >= 4 && s != w && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	stems := []string{w}
	switch {
	case strings.HasSuffix(w, "ces"):
		stems = append(stems, w[:len(w)-3]+"z") // "veces"
	case strings.HasSuffix(w, "es"):
		stems = append(stems, w[:len(w)-2], w[:len(w)-1])
	case strings.HasSuffix(w, "s"):
		stems = append(stems, w[:len(w)-1])
	}
	for _, s := range stems {
		// "ci" before a vowel is English "ti": "nacional", "national"
		s = ciToTi(s)
		for _, e := range cognateEndings {
			base, ok := strings.CutSuffix(s, e.es)
			if !ok {
				continue
			}
			for _, en := range e.en {
				add(base + en)
			}
			break
		}
	}
	return out
}

// ciToTi spells "ci" before a vowel as "ti", past the word's first letters.
func ciToTi(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if i >= 2 && s[i] == 'c' && i+2 < len(s) && s[i+1] == 'i' && strings.IndexByte("aeou", s[i+2]) >= 0 {
			b.WriteByte('t')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// cognate returns the analyzed term of the first English spelling of
// surface (see cognates) that is a word of English the corpus uses, and
// how many passages use it; or 0.
func (g *generation) cognate(an analysis.Analyzer, surface string) (string, uint64) {
	for _, c := range cognates(foldName(surface)) {
		if !isWord(c) {
			continue
		}
		toks := an.Analyze([]byte(c))
		if len(toks) != 1 {
			continue
		}
		t := string(toks[0].Term)
		if df := g.terms.docFreq(t); df > 0 {
			return t, df
		}
	}
	return "", 0
}
