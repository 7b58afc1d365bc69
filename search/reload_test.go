package search

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/coveragebot/coveragebot/corpus"
)

// twoCorpora returns two corpora that both answer "drone strikes" and
// differ in their articles.
func twoCorpora() (a, b *corpus.Corpus) {
	one := article("one", "Daily", "2025-01-01", append([]string{"Drone strikes on cartel labs were discussed."}, filler...)...)
	two := article("two", "Weekly", "2025-02-01", "Drone strikes were debated in Congress.", "Tariffs rose.")
	twoChanged := article("two", "Weekly", "2025-02-01", "Drone strikes were debated in the Senate.", "Tariffs rose.")
	three := article("three", "Monthly", "2025-03-01", "Drone strikes were ruled out by the minister.")
	syn := [][]string{{"troops", "soldiers"}}
	return &corpus.Corpus{Articles: []*corpus.Article{one, two}, Synonyms: syn, Source: "a"},
		&corpus.Corpus{Articles: []*corpus.Article{three, twoChanged}, Synonyms: syn, Source: "b"}
}

func TestReload(t *testing.T) {
	a, b := twoCorpora()
	ix := newIndex(t, a.Synonyms, a.Articles...)
	ch, err := ix.Reload(t.Context(), func() (*corpus.Corpus, error) { return b, nil })
	if err != nil {
		t.Fatalf("Reload = %v", err)
	}
	if ix.Corpus() != b {
		t.Errorf("Corpus after Reload is not the new corpus")
	}
	if !slices.Equal(ch.Added, []string{"three"}) || !slices.Equal(ch.Removed, []string{"one"}) ||
		!slices.Equal(ch.Changed, []string{"two"}) || ch.Articles != 2 || ch.Passages != 3 {
		t.Errorf("Reload change = %+v, want three added, one removed, two changed, 2 articles, 3 passages", ch)
	}
	ans := ask(t, ix, corpus.Query{Text: "drone strikes minister"})
	if len(ans.Results) == 0 || ans.Results[0].Article.ID != "three" {
		t.Errorf("Search after Reload = %v, want three#0 first", ids(ans))
	}
	if ans := ask(t, ix, corpus.Query{Text: "cartel labs"}); !ans.NoMatch {
		t.Errorf("Search(cartel labs) after Reload = %v, want no_match: the article is gone", ids(ans))
	}
}

func TestReloadFailureChangesNothing(t *testing.T) {
	a, _ := twoCorpora()
	ix := newIndex(t, a.Synonyms, a.Articles...)
	before := ix.Corpus()
	loadErr := &corpus.LoadError{Problems: []corpus.Problem{{File: "x.md", Line: 3, Msg: "missing title"}}}
	ch, err := ix.Reload(t.Context(), func() (*corpus.Corpus, error) { return nil, loadErr })
	var le *corpus.LoadError
	if !errors.As(err, &le) || le != loadErr {
		t.Errorf("Reload(failing load) = %v, want the loader's *corpus.LoadError", err)
	}
	if ch.Articles != 0 || ch.Added != nil {
		t.Errorf("Reload(failing load) change = %+v, want zero", ch)
	}
	if ix.Corpus() != before {
		t.Errorf("Corpus changed after a failed reload")
	}
	if ans := ask(t, ix, corpus.Query{Text: "cartel labs"}); len(ans.Results) == 0 {
		t.Errorf("Search after failed reload = no results, want one#0")
	}

	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := ix.Reload(ctx, func() (*corpus.Corpus, error) { return a, nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("Reload(cancelled) = %v, want context.Canceled", err)
	}
	if ix.Corpus() != before {
		t.Errorf("Corpus changed after a cancelled reload")
	}
}

// TestReloadRace searches on several goroutines while reloads run back to
// back, some of them failing, two at a time: no search may fail.
func TestReloadRace(t *testing.T) {
	a, b := twoCorpora()
	ix := newIndex(t, a.Synonyms, a.Articles...)
	ctx := t.Context()

	stop := make(chan struct{})
	var searches, failures atomic.Int64
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				ans, err := ix.Search(ctx, corpus.Query{Text: "drone strikes"})
				searches.Add(1)
				if err != nil || len(ans.Results) == 0 {
					failures.Add(1)
					t.Errorf("Search during reload = %v, %v", ans, err)
				}
				_ = ix.Corpus()
			}
		}()
	}

	var loading atomic.Int32 // loads running at once; Reload must serialize them
	load := func(c *corpus.Corpus, fail bool) func() (*corpus.Corpus, error) {
		return func() (*corpus.Corpus, error) {
			if n := loading.Add(1); n != 1 {
				t.Errorf("%d loads ran at once, want 1", n)
			}
			defer loading.Add(-1)
			if fail {
				return nil, &corpus.LoadError{Problems: []corpus.Problem{{File: "bad.md", Msg: "bad"}}}
			}
			return c, nil
		}
	}
	var rw sync.WaitGroup
	for r := range 2 {
		rw.Add(1)
		go func() {
			defer rw.Done()
			for i := range 15 {
				c := a
				if (i+r)%2 == 0 {
					c = b
				}
				fail := i%5 == 4
				_, err := ix.Reload(ctx, load(c, fail))
				if fail != (err != nil) {
					t.Errorf("Reload(fail=%v) = %v", fail, err)
				}
			}
		}()
	}
	rw.Wait()
	close(stop)
	wg.Wait()
	if searches.Load() == 0 || failures.Load() != 0 {
		t.Errorf("%d searches during reloads, %d failed; want some, none failed", searches.Load(), failures.Load())
	}
	t.Logf("%d searches during 30 reloads", searches.Load())
}
