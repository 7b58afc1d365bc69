package corpus

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestQueryValidate(t *testing.T) {
	tests := []struct {
		text string
		want error
	}{
		{"What did Sheinbaum say about U.S. troops?", nil},
		{"", ErrEmptyQuestion},
		{" \t\n ", ErrEmptyQuestion},
		{strings.Repeat("a", MaxQuestionLen), nil},
		{strings.Repeat("é", MaxQuestionLen), nil}, // counted in characters, not bytes
		{"  " + strings.Repeat("a", MaxQuestionLen) + "  ", nil},
		{strings.Repeat("a", MaxQuestionLen+1), ErrQuestionTooLong},
	}
	for _, tt := range tests {
		if got := (Query{Text: tt.text}).Validate(); !errors.Is(got, tt.want) {
			name := tt.text
			if len(name) > 20 {
				name = name[:20] + "…"
			}
			t.Errorf("Query{Text: %q}.Validate() = %v, want %v", name, got, tt.want)
		}
	}
}

func testArticle(id, title string, passages ...string) *Article {
	a := &Article{ID: id, Title: title, Outlet: "O", Published: time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)}
	for i, p := range passages {
		a.Passages = append(a.Passages, Passage{ArticleID: id, Index: i, Text: p})
	}
	return a
}

func TestDiff(t *testing.T) {
	a := testArticle("a", "A", "one", "two")
	b := testArticle("b", "B", "three")
	c := testArticle("c", "C", "four")
	warn := []Problem{{File: "c.md", Line: 1, Msg: "no url"}}

	retitled := *a
	retitled.Title = "A, retitled"
	reworded := testArticle("a", "A", "one", "two, reworded")
	redated := *a
	redated.Published = a.Published.AddDate(0, 0, 1)
	relinked := *a
	relinked.URL = "https://example.com/a"
	resummed := *a
	resummed.Summary = "new"
	cut := testArticle("a", "A", "one")

	tests := []struct {
		name     string
		old, cur *Corpus
		want     Change
	}{
		{"first load", nil, &Corpus{Articles: []*Article{a, b}},
			Change{Added: []string{"a", "b"}, Articles: 2, Passages: 3}},
		{"same", &Corpus{Articles: []*Article{a, b}}, &Corpus{Articles: []*Article{testArticle("a", "A", "one", "two"), b}},
			Change{Articles: 2, Passages: 3}},
		{"added, removed, changed", &Corpus{Articles: []*Article{a, b}}, &Corpus{Articles: []*Article{reworded, c}, Warnings: warn},
			Change{Added: []string{"c"}, Removed: []string{"b"}, Changed: []string{"a"}, Articles: 2, Passages: 3, Warnings: warn}},
		{"title", &Corpus{Articles: []*Article{a}}, &Corpus{Articles: []*Article{&retitled}},
			Change{Changed: []string{"a"}, Articles: 1, Passages: 2}},
		{"date", &Corpus{Articles: []*Article{a}}, &Corpus{Articles: []*Article{&redated}},
			Change{Changed: []string{"a"}, Articles: 1, Passages: 2}},
		{"url", &Corpus{Articles: []*Article{a}}, &Corpus{Articles: []*Article{&relinked}},
			Change{Changed: []string{"a"}, Articles: 1, Passages: 2}},
		{"summary", &Corpus{Articles: []*Article{a}}, &Corpus{Articles: []*Article{&resummed}},
			Change{Changed: []string{"a"}, Articles: 1, Passages: 2}},
		{"fewer passages", &Corpus{Articles: []*Article{a}}, &Corpus{Articles: []*Article{cut}},
			Change{Changed: []string{"a"}, Articles: 1, Passages: 1}},
		{"all removed", &Corpus{Articles: []*Article{a, b}}, &Corpus{},
			Change{Removed: []string{"a", "b"}}},
	}
	for _, tt := range tests {
		if got := Diff(tt.old, tt.cur); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Diff = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestDiffEmbeddedWithItself(t *testing.T) {
	old, cur := embedded(t), embedded(t)
	want := Change{Articles: 5, Passages: cur.PassageCount(), Warnings: cur.Warnings}
	if got := Diff(old, cur); !reflect.DeepEqual(got, want) {
		t.Errorf("Diff(embedded, embedded) = %+v, want no changes", got)
	}
}
