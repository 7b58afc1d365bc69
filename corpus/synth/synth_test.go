package synth_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/corpus/synth"
)

func TestGenerateDeterministic(t *testing.T) {
	a := synth.Generate(40, 7)
	b := synth.Generate(40, 7)
	if len(a) != 40 || len(b) != 40 {
		t.Fatalf("Generate(40, 7) gave %d and %d files, want 40", len(a), len(b))
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("Generate(40, 7) file %d differs between two calls", i)
		}
		if one := synth.Article(i, 7); one.Name != a[i].Name || !bytes.Equal(one.Data, a[i].Data) {
			t.Fatalf("Article(%d, 7) differs from Generate(40, 7)[%d]", i, i)
		}
	}
	// A longer corpus starts with the same articles.
	if c := synth.Generate(41, 7); !bytes.Equal(c[39].Data, a[39].Data) {
		t.Errorf("Generate(41, 7)[39] differs from Generate(40, 7)[39]")
	}
	if c := synth.Generate(40, 8); bytes.Equal(c[0].Data, a[0].Data) {
		t.Errorf("Generate(40, 8)[0] equals Generate(40, 7)[0]; seeds should differ")
	}
}

func TestGenerateLoads(t *testing.T) {
	files := synth.Generate(200, 1)
	c, err := corpus.Load(synth.FS(files), "synthetic")
	if err != nil {
		var le *corpus.LoadError
		if errors.As(err, &le) && len(le.Problems) > 0 {
			t.Fatalf("Load: %d problems, first %s", len(le.Problems), le.Problems[0])
		}
		t.Fatalf("Load: %v", err)
	}
	if len(c.Articles) != len(files) {
		t.Errorf("Load gave %d articles, want %d", len(c.Articles), len(files))
	}
	if len(c.Warnings) > 0 {
		t.Errorf("Load warned %d times, first %s", len(c.Warnings), c.Warnings[0])
	}
	per := float64(c.PassageCount()) / float64(len(c.Articles))
	if per < 6 || per > 14 {
		t.Errorf("%.1f passages per article, want about 10", per)
	}
	for _, a := range c.Articles {
		if a.Title == "" || a.Outlet == "" || a.Published.IsZero() || a.URL == "" {
			t.Fatalf("article %s: title %q outlet %q published %v url %q; want all set",
				a.ID, a.Title, a.Outlet, a.Published, a.URL)
		}
		if y := a.Published.Year(); y < 2019 || y > 2026 {
			t.Errorf("article %s published %v, want 2019 to 2026", a.ID, a.Published)
		}
	}
}

func TestGenerateFormat(t *testing.T) {
	for _, f := range synth.Generate(100, 3) {
		if !utf8.Valid(f.Data) {
			t.Fatalf("%s is not UTF-8", f.Name)
		}
		text := string(f.Data)
		head, body, ok := strings.Cut(strings.TrimPrefix(text, "---\n"), "\n---\n")
		if !ok || !strings.HasPrefix(text, "---\n") {
			t.Fatalf("%s has no front matter:\n%s", f.Name, text)
		}
		for _, key := range []string{"title: ", "outlet: ", "published: ", "url: "} {
			if !strings.Contains(head, "\n"+key) && !strings.HasPrefix(head, key) {
				t.Errorf("%s front matter lacks %q:\n%s", f.Name, key, head)
			}
		}
		paras := strings.Split(strings.TrimSpace(body), "\n\n")
		if len(paras) < 5 || len(paras) > 15 {
			t.Errorf("%s has %d paragraphs, want 5 to 15", f.Name, len(paras))
		}
	}
}

// TestNamesRecur checks that an article comes back to its people: some
// capitalized word other than a sentence opener appears three times or more.
func TestNamesRecur(t *testing.T) {
	recurring := 0
	files := synth.Generate(50, 2)
	for _, f := range files {
		_, body, _ := strings.Cut(strings.TrimPrefix(string(f.Data), "---\n"), "\n---\n")
		counts := map[string]int{}
		prev := "."
		for w := range strings.FieldsSeq(body) {
			if !strings.ContainsAny(prev[len(prev)-1:], ".?!") && w[0] >= 'A' && w[0] <= 'Z' {
				counts[strings.Trim(w, ",.?!”“")]++
			}
			prev = w
		}
		for _, n := range counts {
			if n >= 3 {
				recurring++
				break
			}
		}
	}
	if recurring < len(files)*9/10 {
		t.Errorf("%d of %d articles repeat a name three times, want nearly all", recurring, len(files))
	}
}

func TestQuestions(t *testing.T) {
	files := synth.Generate(30, 5)
	c, err := corpus.Load(synth.FS(files), "synthetic")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	var texts []string
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			texts = append(texts, p.Text)
		}
	}
	qs := synth.Questions(texts, 500, 9)
	if len(qs) != 500 {
		t.Fatalf("Questions(…, 500, 9) gave %d questions", len(qs))
	}
	again := synth.Questions(texts, 500, 9)
	seen := map[string]bool{}
	for i, q := range qs {
		if q != again[i] {
			t.Fatalf("Questions(…, 500, 9)[%d] = %q then %q; want the same", i, q, again[i])
		}
		if n := len(strings.Fields(q)); n < 2 || n > 12 {
			t.Errorf("question %q has %d words, want 2 to 12", q, n)
		}
		if err := (corpus.Query{Text: q}).Validate(); err != nil {
			t.Errorf("question %q: %v", q, err)
		}
		seen[q] = true
	}
	if len(seen) < 400 {
		t.Errorf("only %d distinct questions of 500", len(seen))
	}
	if qs := synth.Questions(nil, 20, 1); len(qs) != 20 {
		t.Errorf("Questions(nil, 20, 1) gave %d questions, want 20", len(qs))
	}
}

func BenchmarkGenerate1000(b *testing.B) {
	var size int64
	for b.Loop() {
		size = synth.Size(synth.Generate(1000, 1))
	}
	b.SetBytes(size)
}

func BenchmarkQuestions(b *testing.B) {
	files := synth.Generate(100, 1)
	var texts []string
	for _, f := range files {
		_, body, _ := strings.Cut(string(f.Data), "\n---\n")
		texts = append(texts, strings.Split(body, "\n\n")...)
	}
	for b.Loop() {
		synth.Questions(texts, 1000, 1)
	}
}
