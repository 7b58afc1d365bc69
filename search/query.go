package search

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/coveragebot/coveragebot/corpus"
)

// Defaults and weights of the ranking.
const (
	defaultLimit      = 3
	defaultPerArticle = 2

	titleBoost  = 0.3 // a question term in the article's headline
	phraseBoost = 1.0 // two question words side by side in the passage

	// fuzzyMinLen is the shortest question word (in letters) matched with
	// a typo; fuzzyTwoLen the shortest matched with two.
	fuzzyMinLen = 5
	fuzzyTwoLen = 8

	// minCoverage is the share of the question's weight a passage must hold
	// to be returned; when no passage does, the answer is no_match.
	minCoverage = 0.5
)

// term is one distinct content word of a question.
type term struct {
	text   string   // analyzed
	alts   []string // analyzed synonyms
	fuzzy  int      // edits allowed when the word is unknown to the corpus
	known  bool     // the corpus holds the word or one of its synonyms
	weight float64  // inverse document frequency
}

// question is a member's question, analyzed.
type question struct {
	terms   []term
	total   float64    // sum of the terms' weights
	phrases [][]string // pairs of question terms that stand side by side
}

// parseQuestion analyzes text with the index's analyzer and weighs each
// content word by how rare it is in the corpus. A word the corpus never uses
// gets the highest weight, so a question about something else is not
// answered by passages that share only its common words.
func (g *generation) parseQuestion(an analysis.Analyzer, text string) question {
	var q question
	toks := an.Analyze([]byte(text))
	seen := map[string]bool{}
	var prev *analysis.Token
	for _, tok := range toks {
		surface := strings.ToLower(text[tok.Start:tok.End])
		if askingWord(surface) {
			prev = nil
			continue
		}
		t := string(tok.Term)
		if prev != nil && tok.Position == prev.Position+1 && string(prev.Term) != t {
			q.phrases = appendPair(q.phrases, string(prev.Term), t)
		}
		prev = tok
		if seen[t] {
			continue
		}
		seen[t] = true
		qt := term{text: t, alts: g.syn.alts[t]}
		df := g.vocab[t]
		for _, a := range qt.alts {
			df = max(df, g.vocab[a])
		}
		qt.known = df > 0
		if n := utf8.RuneCountInString(surface); !qt.known && n >= fuzzyMinLen && tok.Type != analysis.Numeric {
			qt.fuzzy = 1
			if n >= fuzzyTwoLen {
				qt.fuzzy = 2
			}
		}
		qt.weight = idf(df, g.passages)
		q.terms = append(q.terms, qt)
		q.total += qt.weight
	}
	return q
}

// idf is BM25's inverse document frequency.
func idf(df uint64, n int) float64 {
	N, d := float64(n), float64(df)
	return math.Log(1 + (N-d+0.5)/(d+0.5))
}

func appendPair(pairs [][]string, a, b string) [][]string {
	for _, p := range pairs {
		if p[0] == a && p[1] == b {
			return pairs
		}
	}
	return append(pairs, []string{a, b})
}

// askingWord reports whether a word only frames a question ("tell me",
// "explain", "according to the article") and says nothing about its subject.
// Such words are dropped from questions; passages keep them.
func askingWord(w string) bool {
	switch w {
	case "tell", "explain", "describe", "summarize", "summarise", "summary", "know",
		"please", "article", "articles", "coverage", "story", "stories", "anything",
		"something", "mention", "mentioned", "mentions", "according", "happened", "happen",
		"many", "much": // "how many" asks for a number, which the passage has in digits

		return true
	}
	return false
}

// bleveQuery turns an analyzed question into a bleve query over the named
// fields. User text never reaches a query parser: every clause is built
// from analyzed terms.
func (q question) bleveQuery(g *generation) query.Query {
	var clauses, titles []query.Query
	for _, t := range q.terms {
		switch {
		case t.known:
			tq := bleve.NewTermQuery(t.text)
			tq.SetField(fieldBody)
			clauses = append(clauses, tq)
		case t.fuzzy > 0:
			fq := bleve.NewFuzzyQuery(t.text)
			fq.SetField(fieldBody)
			fq.SetFuzziness(t.fuzzy)
			fq.SetPrefix(1)
			clauses = append(clauses, fq)
		default:
			continue // nothing in the corpus can match it
		}
		tq := bleve.NewTermQuery(t.text)
		tq.SetField(fieldTitle)
		titles = append(titles, tq)
	}
	if len(clauses) == 0 {
		return nil
	}
	var phrases []query.Query
	for _, p := range q.phrases {
		if g.vocab[p[0]] > 0 && g.vocab[p[1]] > 0 {
			phrases = append(phrases, bleve.NewPhraseQuery(p, fieldBody))
		}
	}
	if len(titles) > 0 {
		d := bleve.NewDisjunctionQuery(titles...)
		d.SetBoost(titleBoost)
		clauses = append(clauses, d)
	}
	if len(phrases) > 0 {
		d := bleve.NewDisjunctionQuery(phrases...)
		d.SetBoost(phraseBoost)
		clauses = append(clauses, d)
	}
	return bleve.NewDisjunctionQuery(clauses...)
}

// filterQuery narrows a search to the sources and dates asked for, or
// returns nil when the query asks for none.
func filterQuery(q corpus.Query) query.Query {
	var filters []query.Query
	var sources []query.Query
	for _, s := range q.Sources {
		s = strings.ToLower(strings.TrimSpace(s))
		if s == "" {
			continue
		}
		tq := bleve.NewTermQuery(s)
		tq.SetField(fieldSource)
		sources = append(sources, tq)
	}
	if len(sources) > 0 {
		filters = append(filters, bleve.NewDisjunctionQuery(sources...))
	}
	if !q.After.IsZero() || !q.Before.IsZero() {
		var start, end time.Time
		if !q.After.IsZero() {
			start = day(q.After)
		}
		if !q.Before.IsZero() {
			end = day(q.Before)
		}
		yes := true
		dq := bleve.NewDateRangeInclusiveQuery(start, end, &yes, &yes)
		dq.SetField(fieldPublished)
		filters = append(filters, dq)
	}
	switch len(filters) {
	case 0:
		return nil
	case 1:
		return filters[0]
	}
	return bleve.NewConjunctionQuery(filters...)
}

// day returns midnight UTC of t's calendar date, which is how publication
// dates are kept.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Search answers q: the passages that best answer the question, at most
// q.PerArticle from one article, each with the sentences to quote. When no
// passage covers enough of the question the answer has NoMatch set and no
// results.
func (ix *Index) Search(ctx context.Context, q corpus.Query) (*corpus.Answer, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	defer g.release()

	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	perArticle := q.PerArticle
	if perArticle == 0 {
		perArticle = defaultPerArticle
	}
	offset := max(q.Offset, 0)
	ans := &corpus.Answer{Question: q.Text}

	qq := g.parseQuestion(ix.an, q.Text)
	bq := qq.bleveQuery(g)
	if bq == nil {
		ans.NoMatch = true
		return ans, nil
	}
	if f := filterQuery(q); f != nil {
		b := bleve.NewBooleanQuery()
		b.AddMust(bq)
		b.AddFilter(f)
		bq = b
	}

	want := offset + limit
	size := max(4*want, 20)
	var results []corpus.Result
	for {
		req := bleve.NewSearchRequestOptions(bq, size, 0, false)
		res, err := g.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		ans.Total = int(res.Total)
		results = g.collect(ix.an, qq, res, want, perArticle)
		if len(results) >= want || uint64(len(res.Hits)) >= res.Total || len(res.Hits) < size {
			break
		}
		size *= 4
	}
	if len(results) == 0 {
		ans.NoMatch = true
		ans.Total = 0
		return ans, nil
	}
	if offset < len(results) {
		ans.Results = results[offset:]
	}
	return ans, nil
}

// collect walks the hits in score order and keeps up to want results: at
// most perArticle per article (when positive), and only passages that cover
// enough of the question. Each kept result gets its quote.
func (g *generation) collect(an analysis.Analyzer, q question, res *bleve.SearchResult, want, perArticle int) []corpus.Result {
	var out []corpus.Result
	perArt := map[int]int{}
	m := q.matcher()
	for _, h := range res.Hits {
		n, err := strconv.Atoi(h.ID)
		if err != nil || n < 0 || n >= len(g.docs) {
			continue
		}
		ref := g.docs[n]
		if perArticle > 0 && perArt[ref.article] >= perArticle {
			continue
		}
		a := g.corpus.Articles[ref.article]
		p := a.Passages[ref.passage]
		toks := an.Analyze([]byte(p.Text))
		if q.coverage(m, toks, g.titles[ref.article]) < minCoverage {
			continue
		}
		perArt[ref.article]++
		quote, hl := bestQuote(p, toks, q, m)
		out = append(out, corpus.Result{
			Article: a, Passage: p, Quote: quote, Highlights: hl, Score: h.Score,
		})
		if len(out) >= want {
			break
		}
	}
	return out
}

// matcher finds which question term, if any, a passage term stands for.
type matcher struct {
	q     question
	exact map[string]int // term or synonym -> index in q.terms
}

func (q question) matcher() *matcher {
	m := &matcher{q: q, exact: make(map[string]int, len(q.terms)*2)}
	for i, t := range q.terms {
		for _, a := range t.alts {
			if _, ok := m.exact[a]; !ok {
				m.exact[a] = i
			}
		}
	}
	for i, t := range q.terms {
		m.exact[t.text] = i // the word itself wins over a synonym
	}
	return m
}

// match returns the index of the question term that passage term w matches:
// the same term, a synonym, or, for a question word the corpus does not
// know, the same word with a typo or two.
func (m *matcher) match(w string) (int, bool) {
	if i, ok := m.exact[w]; ok {
		return i, true
	}
	for i, t := range m.q.terms {
		if t.fuzzy > 0 && w != "" && t.text != "" && w[0] == t.text[0] && withinEdits(w, t.text, t.fuzzy) {
			return i, true
		}
	}
	return 0, false
}

// coverage is the share of the question's weight found in a passage (its
// terms toks) or its article's headline.
func (q question) coverage(m *matcher, toks analysis.TokenStream, title map[string]bool) float64 {
	if q.total == 0 {
		return 0
	}
	found := make([]bool, len(q.terms))
	for _, tok := range toks {
		if i, ok := m.match(string(tok.Term)); ok {
			found[i] = true
		}
	}
	for w := range title {
		if i, ok := m.match(w); ok {
			found[i] = true
		}
	}
	var got float64
	for i, f := range found {
		if f {
			got += q.terms[i].weight
		}
	}
	return got / q.total
}

// withinEdits reports whether a and b are at most k edits apart
// (Levenshtein distance over runes).
func withinEdits(a, b string, k int) bool {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > k || -d > k {
		return false
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > k {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)] <= k
}
