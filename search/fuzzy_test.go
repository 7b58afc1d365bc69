package search

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

// bleveFuzzy returns what bleve's fuzzy query finds for word in the
// passages' bodies, with the prefix typoCandidates keeps: the terms of its
// term dictionary with their edits, in its order.
func bleveFuzzy(t *testing.T, g *generation, word string, edits int) []typoCandidate {
	t.Helper()
	idx, err := g.idx.Advanced()
	if err != nil {
		t.Fatalf("Advanced() = %v", err)
	}
	r, err := idx.Reader()
	if err != nil {
		t.Fatalf("Reader() = %v", err)
	}
	defer r.Close()
	fr, ok := r.(bleveindex.IndexReaderFuzzy)
	if !ok {
		t.Fatalf("%T does not look up terms with typos", r)
	}
	dict, _, err := fr.FieldDictFuzzyAutomaton(fieldBody, word, edits, fuzzyPrefix(word))
	if err != nil {
		t.Fatalf("FieldDictFuzzyAutomaton(%q, %d) = %v", word, edits, err)
	}
	defer dict.Close()
	var out []typoCandidate
	for e, err := dict.Next(); e != nil; e, err = dict.Next() {
		if err != nil {
			t.Fatalf("FieldDictFuzzyAutomaton(%q, %d).Next() = %v", word, edits, err)
		}
		out = append(out, typoCandidate{e.Term, int(e.EditDistance)})
	}
	return out
}

// searchHits returns the hits of q as id:score, best first.
func searchHits(t *testing.T, g *generation, q query.Query) []string {
	t.Helper()
	res, err := g.idx.SearchInContext(context.Background(), bleve.NewSearchRequestOptions(q, 1000, 0, false))
	if err != nil {
		t.Fatalf("SearchInContext = %v", err)
	}
	var out []string
	for _, h := range res.Hits {
		out = append(out, fmt.Sprintf("%s:%v", h.ID, h.Score))
	}
	return out
}

func fuzzyQuery(word string, edits int) query.Query {
	fq := bleve.NewFuzzyQuery(word)
	fq.SetField(fieldBody)
	fq.SetFuzziness(edits)
	fq.SetPrefix(typoPrefix)
	return fq
}

// withTerm returns q beside a term query for "governor", as a question's
// other words are: bleve expands synonyms over the whole query.
func withTerm(q query.Query) query.Query {
	tq := bleve.NewTermQuery("governor")
	tq.SetField(fieldBody)
	return bleve.NewDisjunctionQuery(q, tq)
}

func TestTypoCandidates(t *testing.T) {
	ix := newIndex(t, [][]string{{"troops", "soldiers"}, {"governor", "mayor"}},
		article("a", "Daily", "2025-01-01",
			"Sheinbaum met the governor of Guanajuato about troops.",
			"The governor of Guanajo spoke with Sheinblum and Sheinbaun.",
			"Troopers and the mayor of Guanajuato met at the border."),
		article("b", "Weekly", "2025-02-01", filler...))
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.release()
	tests := []struct {
		word  string
		edits int
		want  []string // term/edits, in bleve's order
	}{
		{"sheinbam", 1, []string{"sheinbaum/1"}},                                 // a letter left out
		{"sheinbaaum", 2, []string{"sheinbaum/1", "sheinbaun/2", "sheinblum/2"}}, // a letter too many
		{"sheinbaim", 1, []string{"sheinbaum/1"}},                                // a letter changed
		{"sheinbuam", 1, []string{"sheinbaum/1"}},                                // two letters swapped
		{"sheinbuam", 2, []string{"sheinbaum/1", "sheinbaun/2", "sheinblum/2"}},  // and two edits
		{"guanajuatoo", 2, []string{"guanajuato/1"}},                             // "guanajo" is 4 edits away
		{"gaunajuato", 2, nil},                                                   // a typo in the first two letters
		{"guanjauto", 1, nil},                                                    // two edits, one allowed
		{"soldeir", 1, []string{"soldier/1"}},                                    // a synonym no passage uses
		{"troopr", 1, []string{"troop/1", "trooper/1"}},                          // one short, one long
	}
	for _, tc := range tests {
		var got []string
		for _, c := range g.typoCandidates(tc.word, tc.edits) {
			got = append(got, fmt.Sprintf("%s/%d", c.term, c.edits))
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("typoCandidates(%q, %d) = %v, want %v", tc.word, tc.edits, got, tc.want)
		}
		fq, tq := withTerm(fuzzyQuery(tc.word, tc.edits)), withTerm(g.typoQuery(tc.word, tc.edits))
		if want, got := searchHits(t, g, fq), searchHits(t, g, tq); !slices.Equal(got, want) {
			t.Errorf("typoQuery(%q, %d) hits = %v, want the fuzzy query's %v", tc.word, tc.edits, got, want)
		}
	}
}

// TestTypoCandidatesMatchBleve compares typoCandidates with bleve's fuzzy
// lookup on a vocabulary of near-identical words, for words one to three
// edits (of every kind) from them.
func TestTypoCandidatesMatchBleve(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := []byte("zq")
		for range 4 + r.IntN(6) {
			b = append(b, "kxvw"[r.IntN(4)])
		}
		return string(b)
	}
	var vocab []string
	var paras []string
	for range 40 {
		var p []string
		for range 10 {
			w := word()
			p = append(p, w)
			vocab = append(vocab, w)
		}
		paras = append(paras, strings.Join(p, " ")+".")
	}
	ix := newIndex(t, [][]string{{vocab[0] + "kk", vocab[1] + "vv"}}, article("a", "Daily", "2025-01-01", paras...))
	g, err := ix.acquire()
	if err != nil {
		t.Fatal(err)
	}
	defer g.release()
	edit := func(w string) string {
		b := []byte(w)
		i := 2 + r.IntN(len(b)-2) // past the prefix
		switch r.IntN(4) {
		case 0: // substitution
			b[i] = "kxvwy"[r.IntN(5)]
		case 1: // insertion
			b = slices.Insert(b, i, "kxvw"[r.IntN(4)])
		case 2: // deletion
			b = slices.Delete(b, i, i+1)
		default: // transposition
			if i+1 < len(b) {
				b[i], b[i+1] = b[i+1], b[i]
			}
		}
		return string(b)
	}
	found := 0
	for n := range 400 {
		w := vocab[r.IntN(len(vocab))]
		for range 1 + n%3 {
			w = edit(w)
		}
		for edits := 1; edits <= 2; edits++ {
			got := g.typoCandidates(w, edits)
			// the synonyms no passage uses come after the terms of the
			// passages; bleve lists its term dictionary alone
			got = slices.DeleteFunc(got, func(c typoCandidate) bool { return g.terms.docFreq(c.term) == 0 })
			if len(got) > 0 {
				found++
			}
			if want := bleveFuzzy(t, g, w, edits); !slices.Equal(got, want) {
				t.Errorf("typoCandidates(%q, %d) = %v, want bleve's %v", w, edits, got, want)
			}
			if want, got := searchHits(t, g, withTerm(fuzzyQuery(w, edits))), searchHits(t, g, withTerm(g.typoQuery(w, edits))); !slices.Equal(got, want) {
				t.Errorf("typoQuery(%q, %d) hits = %v, want the fuzzy query's %v", w, edits, got, want)
			}
		}
	}
	if found < 400 {
		t.Errorf("%d of 800 lookups found a term, want most: the vocabulary does not test much", found)
	}
	t.Logf("%d of 800 lookups found a term", found)
}

// BenchmarkTypoQuery looks up misspelled words of a synthetic corpus of
// BENCH_ARTICLES articles: the terms they stand for (candidates), and the
// search for them, with bleve's fuzzy query (fuzzy) and with typoQuery
// (terms).
func BenchmarkTypoQuery(b *testing.B) {
	c := synthCorpus(b)
	ix, err := New(c, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	g, err := ix.acquire()
	if err != nil {
		b.Fatal(err)
	}
	defer g.release()
	// the longer terms of the corpus, each with two letters swapped
	var words []string
	for _, name := range g.terms.names {
		if len(name) >= fuzzyMinLen && len(words) < 500 {
			w := []byte(name)
			w[3], w[4] = w[4], w[3]
			words = append(words, string(w))
		}
	}
	edits := func(w string) int {
		if len(w) >= fuzzyTwoLen {
			return 2
		}
		return 1
	}
	b.Run("build", func(b *testing.B) {
		for b.Loop() {
			var x typoIndex
			x.build(g.terms, g.syn)
		}
		b.ReportMetric(float64(len(g.terms.names)), "terms")
	})
	b.Run("candidates", func(b *testing.B) {
		i := 0
		for b.Loop() {
			w := words[i%len(words)]
			g.typoCandidates(w, edits(w))
			i++
		}
	})
	search := func(b *testing.B, q func(w string) query.Query) {
		ctx := b.Context()
		i := 0
		for b.Loop() {
			w := words[i%len(words)]
			req := bleve.NewSearchRequestOptions(withTerm(q(w)), defaultLimit+examineExtra, 0, false)
			if _, err := g.idx.SearchInContext(ctx, req); err != nil {
				b.Fatal(err)
			}
			i++
		}
	}
	b.Run("fuzzy", func(b *testing.B) {
		search(b, func(w string) query.Query { return fuzzyQuery(w, edits(w)) })
	})
	b.Run("terms", func(b *testing.B) {
		search(b, func(w string) query.Query { return g.typoQuery(w, edits(w)) })
	})
}
