package search

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// typoPrefix is how many bytes at the start of a question word a typo may
// not touch, counted as bleve counts a fuzzy query's prefix: the runes that
// start before that byte. Typos in the first letters are rare, and the
// prefix keeps the lookup to the terms that start the same way.
const typoPrefix = 2

// typoIndex finds the terms of the corpus a question word it does not know
// may be a misspelling of, as bleve's fuzzy query would: the same prefix,
// and at most a given number of edits (insertions, deletions,
// substitutions and transpositions of two neighbouring letters).
//
// bleve does this by running a Levenshtein automaton over the term
// dictionary of every segment and over the synonym dictionary, at every
// search. The generation already holds the vocabulary (terms), so the
// terms are grouped once, on first use, by their first two bytes and, in
// each group, by length: a lookup compares the word with the few hundred
// terms that start as it does and are about as long.
type typoIndex struct {
	once  sync.Once
	start []uint32 // the terms whose first two bytes are b are ids[start[b]:start[b+1]]
	ids   []uint32 // term ids, by their first two bytes, shortest first in each group
	runes []uint8  // the length in runes of each term of ids, at most 255
	extra []string // synonyms no passage uses, sorted: bleve finds them in its synonym dictionary
}

// typoCandidate is a term a misspelled word may stand for, with the edits
// between them.
type typoCandidate struct {
	term  string
	edits int
}

// build groups the terms of t that passages use, and the synonym terms
// that they do not.
func (x *typoIndex) build(t *terms, syn synonyms) {
	n := 1 << 16
	x.start = make([]uint32, n+1)
	keep := 0
	for id, name := range t.names {
		if len(name) >= 2 && t.df[id] > 0 {
			x.start[bucketOf(name)+1]++
			keep++
		}
	}
	for b := range n {
		x.start[b+1] += x.start[b]
	}
	x.ids = make([]uint32, keep)
	x.runes = make([]uint8, keep)
	next := slices.Clone(x.start[:n])
	for id, name := range t.names {
		if len(name) >= 2 && t.df[id] > 0 {
			b := bucketOf(name)
			x.ids[next[b]] = uint32(id)
			next[b]++
		}
	}
	for b := range n {
		group := x.ids[x.start[b]:x.start[b+1]]
		if len(group) > 1 {
			slices.SortFunc(group, func(i, j uint32) int {
				return utf8.RuneCountInString(t.names[i]) - utf8.RuneCountInString(t.names[j])
			})
		}
	}
	for i, id := range x.ids {
		x.runes[i] = uint8(min(utf8.RuneCountInString(t.names[id]), 255))
	}
	for w := range syn.alts {
		if t.docFreq(w) == 0 {
			x.extra = append(x.extra, w)
		}
	}
	slices.Sort(x.extra)
}

// bucketOf returns the group of a term of two bytes or more.
func bucketOf(term string) int { return int(term[0])<<8 | int(term[1]) }

// typoCandidates returns the terms of the corpus, and the synonym terms, that
// start with word's prefix (see typoPrefix) and are at most edits edits from
// word, in the order bleve's fuzzy query lists them: the terms of the
// passages in byte order, then the synonyms that no passage uses.
func (g *generation) typoCandidates(word string, edits int) []typoCandidate {
	x := &g.typos
	x.once.Do(func() { x.build(g.terms, g.syn) })
	prefix := fuzzyPrefix(word)
	if len(prefix) < 2 {
		return nil // a question word looked up with typos is several letters long
	}
	w := []rune(word)
	var buf []rune
	var out []typoCandidate
	b := bucketOf(prefix)
	lo, hi := x.start[b], x.start[b+1]
	for i := lo; i < hi; i++ {
		n := int(x.runes[i])
		if n < len(w)-edits {
			continue
		}
		if n > len(w)+edits {
			break
		}
		name := g.terms.names[x.ids[i]]
		if !strings.HasPrefix(name, prefix) {
			continue
		}
		buf = appendRunes(buf[:0], name)
		if d, ok := editsWithin(w, buf, edits); ok {
			out = append(out, typoCandidate{name, d})
		}
	}
	slices.SortFunc(out, func(a, b typoCandidate) int { return strings.Compare(a.term, b.term) })
	for _, s := range x.extra {
		if !strings.HasPrefix(s, prefix) {
			continue
		}
		buf = appendRunes(buf[:0], s)
		if d, ok := editsWithin(w, buf, edits); ok {
			out = append(out, typoCandidate{s, d})
		}
	}
	return out
}

// typoQuery returns the clause that finds, in the passages' bodies, the
// terms word may be a misspelling of, with at most edits edits (see
// typoCandidates). It scores as bleve's fuzzy query with the same prefix
// does: each term found weighs 1/(1+edits), and a term with synonyms finds
// them too. It is plain term queries, so bleve walks no term dictionary.
func (g *generation) typoQuery(word string, edits int) query.Query {
	cands := g.typoCandidates(word, edits)
	if len(cands) == 0 || len(cands) == 1 && cands[0].term == word {
		tq := bleve.NewTermQuery(word)
		tq.SetField(fieldBody)
		return tq
	}
	terms := make([]query.Query, len(cands))
	for i, c := range cands {
		tq := bleve.NewTermQuery(c.term)
		tq.SetField(fieldBody)
		tq.SetBoost(1 / float64(c.edits+1))
		terms[i] = tq
	}
	return bleve.NewDisjunctionQuery(terms...)
}

// fuzzyPrefix returns the start of word that typos may not touch: the runes
// that start before byte typoPrefix.
func fuzzyPrefix(word string) string {
	for i := range word {
		if i >= typoPrefix {
			return word[:i]
		}
	}
	return word
}

func appendRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, r)
	}
	return dst
}

// editsWithin returns the edit distance between a and b when it is at most
// k: insertions, deletions and substitutions of a rune, and transpositions
// of two neighbouring runes, each counting one, where no rune is edited
// twice (the optimal string alignment distance, which bleve's Levenshtein
// automata with transpositions compute). It fills only the band of cells
// at most k from the diagonal: the others are over k.
func editsWithin(a, b []rune, k int) (int, bool) {
	if d := len(a) - len(b); d > k || -d > k {
		return 0, false
	}
	over := k + 1 // any distance over k
	// three rows of the dynamic programme: two back, one back, current
	var stack [3][40]int
	var pp, p, c []int
	if len(b)+1 <= len(stack[0]) {
		pp, p, c = stack[0][:len(b)+1], stack[1][:len(b)+1], stack[2][:len(b)+1]
	} else {
		pp, p, c = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := range p {
		p[j] = min(j, over)
		pp[j] = over
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := max(1, i-k), min(len(b), i+k)
		c[lo-1] = over
		if lo == 1 {
			c[0] = min(i, over)
		}
		best := c[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d := min(p[j]+1, c[j-1]+1, p[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d = min(d, pp[j-2]+1)
			}
			c[j] = min(d, over)
			best = min(best, c[j])
		}
		if hi < len(b) {
			c[hi+1] = over
		}
		if best > k {
			// every later row is over k too: a row is at most one over the
			// row before, so the row before is at least k, and a
			// transposition adds one to a cell two rows back
			return 0, false
		}
		pp, p, c = p, c, pp
	}
	d := p[len(b)]
	return d, d <= k
}
