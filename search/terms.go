package search

import (
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"
)

// terms is a forward index of the corpus: for each passage, the distinct
// analyzed terms of its body and of its context (the sentence before it).
// A search uses it to tell how much of a question a candidate passage
// covers without analyzing the passage again; only the passages it returns
// are analyzed, to quote them. Terms are numbered and each passage's are
// packed into one slice, a few hundred bytes a passage.
type terms struct {
	ids   map[string]uint32 // term -> id
	names []string          // id -> term
	df    []uint32          // id -> passages whose body holds the term

	body, ctx     []uint32 // the term ids of every passage, packed
	bodyAt, ctxAt []uint32 // passage n's ids are body[bodyAt[n]:bodyAt[n+1]]

	scratch []uint32
}

func newTerms() *terms {
	return &terms{ids: map[string]uint32{}, bodyAt: []uint32{0}, ctxAt: []uint32{0}}
}

// add records the next passage: its body's tokens and its context's.
func (t *terms) add(body, ctx analysis.TokenStream) {
	start := len(t.body)
	t.body = t.appendSet(t.body, body)
	for _, id := range t.body[start:] {
		t.df[id]++
	}
	t.bodyAt = append(t.bodyAt, uint32(len(t.body)))
	t.ctx = t.appendSet(t.ctx, ctx)
	t.ctxAt = append(t.ctxAt, uint32(len(t.ctx)))
}

// appendSet appends the sorted distinct ids of toks to dst.
func (t *terms) appendSet(dst []uint32, toks analysis.TokenStream) []uint32 {
	set := t.scratch[:0]
	for _, tok := range toks {
		set = append(set, t.id(tok.Term))
	}
	slices.Sort(set)
	set = slices.Compact(set)
	t.scratch = set
	return append(dst, set...)
}

func (t *terms) id(term []byte) uint32 {
	if id, ok := t.ids[string(term)]; ok {
		return id
	}
	id := uint32(len(t.names))
	s := string(term)
	t.ids[s] = id
	t.names = append(t.names, s)
	t.df = append(t.df, 0)
	return id
}

// docFreq returns how many passages' bodies hold term.
func (t *terms) docFreq(term string) uint64 {
	if id, ok := t.ids[term]; ok {
		return uint64(t.df[id])
	}
	return 0
}

// bodyOf and ctxOf return passage n's term ids.
func (t *terms) bodyOf(n int) []uint32 { return t.body[t.bodyAt[n]:t.bodyAt[n+1]] }
func (t *terms) ctxOf(n int) []uint32  { return t.ctx[t.ctxAt[n]:t.ctxAt[n+1]] }

// compact drops the spare capacity left by building.
func (t *terms) compact() {
	t.body, t.ctx = slices.Clip(t.body), slices.Clip(t.ctx)
	t.bodyAt, t.ctxAt = slices.Clip(t.bodyAt), slices.Clip(t.ctxAt)
	t.scratch = nil
}
