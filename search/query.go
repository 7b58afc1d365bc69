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
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/coveragebot/coveragebot/corpus"
)

// Defaults and weights of the ranking.
const (
	defaultLimit      = 3
	defaultPerArticle = 2

	titleBoost  = 0.3 // a question term in the article's headline
	phraseBoost = 1.0 // two question words side by side in the passage
	kindBoost   = 0.5 // the passage holds the kind of answer asked for (a number, a date)

	// fuzzyMinLen is the shortest question word (in letters) matched with
	// a typo; fuzzyTwoLen the shortest matched with two.
	fuzzyMinLen = 6
	fuzzyTwoLen = 9

	// minCoverage is the share of the question's weight a passage must hold
	// to be returned; when no passage does, the answer is no_match.
	minCoverage = 0.4
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
	kinds   []string   // kinds of answer asked for (see intent.go)
}

// parseQuestion analyzes text with the index's analyzer and weighs each
// content word by how rare it is in the corpus. A word the corpus never uses
// gets the highest weight, so a question about something else is not
// answered by passages that share only its common words.
func (g *generation) parseQuestion(an analysis.Analyzer, text string) question {
	q := question{kinds: questionKinds(text)}
	toks := an.Analyze([]byte(text))
	seen := map[string]bool{}
	var prev *analysis.Token
	prevSurface := ""
	for _, tok := range toks {
		surface := strings.ToLower(text[tok.Start:tok.End])
		asking := askingWord(surface) || prevSurface == "many" && (surface == "times" || surface == "time")
		prevSurface = surface
		if asking {
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

// reachable is the most coverage any passage can have: the share of the
// question's weight in words the corpus knows or may hold misspelled.
func (q question) reachable() float64 {
	if q.total == 0 {
		return 0
	}
	var w float64
	for _, t := range q.terms {
		if t.known || t.fuzzy > 0 {
			w += t.weight
		}
	}
	return w / q.total
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
	if len(q.kinds) > 0 {
		var kinds []query.Query
		for _, k := range q.kinds {
			tq := bleve.NewTermQuery(k)
			tq.SetField(fieldHas)
			kinds = append(kinds, tq)
		}
		d := bleve.NewDisjunctionQuery(kinds...)
		d.SetBoost(kindBoost)
		clauses = append(clauses, d)
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
	if bq == nil || qq.reachable() < minCoverage {
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
	size := max(2*want, 10)
	c := collector{g: g, an: ix.an, q: qq, m: qq.matcher(), want: want, offset: offset,
		perArticle: perArticle, budget: want + examineExtra}
	for {
		req := bleve.NewSearchRequestOptions(bq, size, 0, false)
		res, err := g.idx.SearchInContext(ctx, req)
		if err != nil {
			return nil, fmt.Errorf("search: %w", err)
		}
		ans.Total = int(res.Total)
		if c.walk(res.Hits) || len(res.Hits) < size {
			break
		}
		size *= 4 // the per-article cap skipped too many hits: fetch more
	}
	if len(c.out) == 0 {
		ans.NoMatch = true
		ans.Total = 0
		return ans, nil
	}
	if offset < len(c.out) {
		ans.Results = c.out[offset:]
	}
	return ans, nil
}

// examineExtra is how many passages beyond those wanted a search checks
// for coverage before it stops looking: hits come best first, so a passage
// further down that covers the question is rare, and each check costs an
// analysis of the passage.
const examineExtra = 10

// collector turns bleve hits into results.
type collector struct {
	g          *generation
	an         analysis.Analyzer
	q          question
	m          *matcher
	want       int // results wanted, counting the ones the offset skips
	offset     int
	perArticle int // cap per article, when positive
	budget     int // passages left to check for coverage

	next   int // hits already walked
	perArt map[int]int
	out    []corpus.Result
}

// walk continues through hits (best first, a longer list of the same
// search on each call) and keeps passages that cover enough of the
// question, at most perArticle per article. It reports whether it is done:
// it has all the results wanted or has checked as many passages as it may.
// Only results on the requested page get a quote.
func (c *collector) walk(hits search.DocumentMatchCollection) bool {
	if c.perArt == nil {
		c.perArt = map[int]int{}
	}
	for ; c.next < len(hits); c.next++ {
		if len(c.out) >= c.want || c.budget <= 0 {
			return true
		}
		h := hits[c.next]
		n, err := strconv.Atoi(h.ID)
		if err != nil || n < 0 || n >= len(c.g.docs) {
			continue
		}
		ref := c.g.docs[n]
		if c.perArticle > 0 && c.perArt[ref.article] >= c.perArticle {
			continue
		}
		c.budget--
		a := c.g.corpus.Articles[ref.article]
		p := a.Passages[ref.passage]
		toks := c.an.Analyze([]byte(p.Text))
		if c.q.coverage(c.m, toks, c.g.titles[ref.article]) < minCoverage {
			continue
		}
		c.perArt[ref.article]++
		r := corpus.Result{Article: a, Passage: p, Score: h.Score}
		if len(c.out) >= c.offset {
			r.Quote, r.Highlights = bestQuote(p, toks, c.q, c.m)
		}
		c.out = append(c.out, r)
	}
	return len(c.out) >= c.want || c.budget <= 0
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
