package corpus

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Query is a member's question with the filters that narrow it.
type Query struct {
	Text       string    // the question, in plain words; never parsed as query syntax
	Limit      int       // results wanted; 0 means the default (3)
	Offset     int       // results to skip, for paging
	PerArticle int       // at most this many results from one article; 0 means the default (2), <0 no cap
	Sources    []string  // keep only articles whose id or outlet is one of these (case-insensitive)
	After      time.Time // keep only articles published on or after this date, when non-zero
	Before     time.Time // keep only articles published on or before this date, when non-zero
}

// Result is one passage that answers a question.
type Result struct {
	Article    *Article
	Passage    Passage
	Quote      string  // the one to three whole sentences of the passage that best answer; a quotation counts as one
	Highlights []Span  // byte ranges of matched words inside Quote
	Score      float64 // relevance; higher is better, comparable within one answer only
}

// Answer is what a search returns for a query.
type Answer struct {
	Question string
	Results  []Result // at most Query.Limit, after Query.Offset
	Total    int      // passages that matched, before paging and the per-article cap
	NoMatch  bool     // true when the coverage has nothing relevant; Results is then empty
}

// Change reports what a reload changed.
type Change struct {
	Added    []string  // ids of articles that are new
	Removed  []string  // ids of articles that are gone
	Changed  []string  // ids of articles whose content differs
	Articles int       // articles now served
	Passages int       // passages now served
	Warnings []Problem // the new corpus's warnings
}

// Diff compares two corpora article by article.
func Diff(old, cur *Corpus) Change {
	ch := Change{Articles: len(cur.Articles), Passages: cur.PassageCount(), Warnings: cur.Warnings}
	before := map[string]*Article{}
	if old != nil {
		for _, a := range old.Articles {
			before[a.ID] = a
		}
	}
	for _, a := range cur.Articles {
		b, ok := before[a.ID]
		switch {
		case !ok:
			ch.Added = append(ch.Added, a.ID)
		case !sameArticle(a, b):
			ch.Changed = append(ch.Changed, a.ID)
		}
		delete(before, a.ID)
	}
	if old != nil {
		for _, a := range old.Articles {
			if _, gone := before[a.ID]; gone {
				ch.Removed = append(ch.Removed, a.ID)
			}
		}
	}
	return ch
}

func sameArticle(a, b *Article) bool {
	if a.Title != b.Title || a.Outlet != b.Outlet || !a.Published.Equal(b.Published) ||
		a.URL != b.URL || a.Summary != b.Summary || len(a.Passages) != len(b.Passages) {
		return false
	}
	for i := range a.Passages {
		if a.Passages[i].Text != b.Passages[i].Text {
			return false
		}
	}
	return true
}

// MaxQuestionLen is the longest question accepted, in characters.
const MaxQuestionLen = 1000

// Errors returned by Query.Validate.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = fmt.Errorf("the question is longer than %d characters", MaxQuestionLen)
)

// Validate reports whether the question can be searched.
func (q Query) Validate() error {
	text := strings.TrimSpace(q.Text)
	switch {
	case text == "":
		return ErrEmptyQuestion
	case utf8.RuneCountInString(text) > MaxQuestionLen:
		return ErrQuestionTooLong
	}
	return nil
}
