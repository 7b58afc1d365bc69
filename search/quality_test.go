package search

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/corpus"
)

// questionSet is the format of testdata/questions.json: questions as members
// ask them, each with text that must appear in a returned passage, and
// questions the coverage cannot answer.
type questionSet struct {
	Questions []struct {
		Q       string `json:"q"`
		Answer  string `json:"answer"`
		Article string `json:"article"`
	} `json:"questions"`
	OffTopic []string `json:"off_topic"`
}

// The bars the quality test holds the search to.
const (
	wantTop3     = 0.95
	wantFirst    = 0.85
	wantRejected = 0.90
)

// embeddedIndex builds an index over the default corpus.
func embeddedIndex(tb testing.TB) *Index {
	tb.Helper()
	c, err := corpus.Embedded()
	if err != nil {
		tb.Fatalf("corpus.Embedded() = %v", err)
	}
	ix, err := New(c, Options{})
	if err != nil {
		tb.Fatalf("New(embedded) = %v", err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

func TestQuality(t *testing.T) {
	data, err := os.ReadFile("testdata/questions.json")
	if err != nil {
		t.Fatal(err)
	}
	var set questionSet
	if err := json.Unmarshal(data, &set); err != nil {
		t.Fatalf("questions.json: %v", err)
	}
	ix := embeddedIndex(t)
	c := ix.Corpus()
	ctx := t.Context()

	var first, top3 int
	for _, q := range set.Questions {
		if a := c.Article(q.Article); a == nil || !articleHolds(a, q.Answer) {
			t.Errorf("questions.json: article %q does not hold answer %q", q.Article, q.Answer)
			continue
		}
		ans, err := ix.Search(ctx, corpus.Query{Text: q.Q})
		if err != nil {
			t.Errorf("Search(%q) = %v", q.Q, err)
			continue
		}
		rank := -1
		for i, r := range ans.Results {
			if holds(r.Passage.Text, q.Answer) {
				rank = i
				break
			}
		}
		switch {
		case rank == 0:
			first++
			top3++
		case rank > 0:
			top3++
			t.Logf("miss (rank %d): %q wants %q; first: %s", rank+1, q.Q, q.Answer, describe(ans, 0))
		default:
			t.Logf("miss (not in top 3): %q wants %q [%s]; got: %s", q.Q, q.Answer, q.Article, describeAll(ans))
		}
	}
	var rejected int
	for _, q := range set.OffTopic {
		ans, err := ix.Search(ctx, corpus.Query{Text: q})
		if err != nil {
			t.Errorf("Search(%q) = %v", q, err)
			continue
		}
		if ans.NoMatch && len(ans.Results) == 0 {
			rejected++
		} else {
			t.Logf("miss (off-topic answered): %q got: %s", q, describeAll(ans))
		}
	}

	n, m := float64(len(set.Questions)), float64(len(set.OffTopic))
	t.Logf("answer in top 3: %d/%d = %.1f%%", top3, len(set.Questions), 100*float64(top3)/n)
	t.Logf("answer first:    %d/%d = %.1f%%", first, len(set.Questions), 100*float64(first)/n)
	t.Logf("off-topic rejected: %d/%d = %.1f%%", rejected, len(set.OffTopic), 100*float64(rejected)/m)
	if len(set.Questions) < 50 || len(set.OffTopic) < 10 {
		t.Errorf("questions.json has %d questions and %d off-topic, want at least 50 and 10", len(set.Questions), len(set.OffTopic))
	}
	if float64(top3)/n < wantTop3 {
		t.Errorf("answer in top 3 for %.1f%% of questions, want >= %.0f%%", 100*float64(top3)/n, 100*wantTop3)
	}
	if float64(first)/n < wantFirst {
		t.Errorf("answer first for %.1f%% of questions, want >= %.0f%%", 100*float64(first)/n, 100*wantFirst)
	}
	if float64(rejected)/m < wantRejected {
		t.Errorf("off-topic rejected for %.1f%% of questions, want >= %.0f%%", 100*float64(rejected)/m, 100*wantRejected)
	}
}

// holds reports whether passage text contains the answer, ignoring case.
func holds(text, answer string) bool {
	return strings.Contains(strings.ToLower(text), strings.ToLower(answer))
}

func articleHolds(a *corpus.Article, answer string) bool {
	for _, p := range a.Passages {
		if holds(p.Text, answer) {
			return true
		}
	}
	return false
}

func describe(ans *corpus.Answer, i int) string {
	r := ans.Results[i]
	return r.Article.ID + ": " + r.Quote
}

func describeAll(ans *corpus.Answer) string {
	if ans.NoMatch {
		return "no_match"
	}
	var parts []string
	for i := range ans.Results {
		parts = append(parts, describe(ans, i))
	}
	return strings.Join(parts, " | ")
}
