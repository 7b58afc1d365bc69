package bot

import (
	"context"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/corpus"
)

// testCorpus is a small corpus with the shapes rendering must handle: a
// linked article, one without a URL, two articles of one outlet.
func testCorpus() *corpus.Corpus {
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	arts := []*corpus.Article{
		{ID: "gazette-troops", Title: "Sheinbaum rejects U.S. troops in Mexico", Outlet: "The Harbor Gazette",
			Published: day(2025, time.January, 31), URL: "https://example.com/harbor-gazette/troops-rejected"},
		{ID: "ledger-boots", Title: "Boots on the ground?", Outlet: "The Valley Ledger",
			Published: day(2025, time.February, 3), URL: "https://example.org/valley-ledger/boots-on-the-ground"},
		{ID: "ledger-warms", Title: "Mexico warms up to *cooperation*", Outlet: "The Valley Ledger",
			Published: day(2025, time.February, 5)},
	}
	for _, a := range arts {
		a.Passages = []corpus.Passage{{ArticleID: a.ID, Text: "A passage of " + a.ID + "."}}
	}
	return &corpus.Corpus{Articles: arts, Source: "test"}
}

// result builds a result whose highlights are the given words of quote.
func result(c *corpus.Corpus, id, quote string, words ...string) corpus.Result {
	r := corpus.Result{Article: c.Article(id), Quote: quote, Passage: corpus.Passage{ArticleID: id, Text: quote}}
	for _, w := range words {
		if i := strings.Index(quote, w); i >= 0 {
			r.Highlights = append(r.Highlights, corpus.Span{Start: i, End: i + len(w)})
		}
	}
	return r
}

// fakeSearcher is a Searcher whose behaviour each test sets.
type fakeSearcher struct {
	SearchFn func(ctx context.Context, q corpus.Query) (*corpus.Answer, error)
	CorpusFn func() *corpus.Corpus
}

func (f *fakeSearcher) Search(ctx context.Context, q corpus.Query) (*corpus.Answer, error) {
	return f.SearchFn(ctx, q)
}

func (f *fakeSearcher) Corpus() *corpus.Corpus { return f.CorpusFn() }

// fakeReloader is a Reloader whose behaviour each test sets.
type fakeReloader struct {
	ReloadFn func(ctx context.Context) (corpus.Change, error)
}

func (f *fakeReloader) Reload(ctx context.Context) (corpus.Change, error) { return f.ReloadFn(ctx) }
