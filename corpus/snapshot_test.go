package corpus_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/corpus/synth"
)

func TestSnapshotRoundTrip(t *testing.T) {
	embedded, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	synthetic, err := corpus.Load(synth.FS(synth.Generate(50, 1)), "synthetic")
	if err != nil {
		t.Fatal(err)
	}
	withWarnings := &corpus.Corpus{
		Source:   "x",
		Synonyms: [][]string{{"a", "b"}},
		Warnings: []corpus.Problem{{File: "a.md", Line: 1, Msg: "no url"}},
		Articles: []*corpus.Article{{ID: "a", Title: "T", Passages: []corpus.Passage{{ArticleID: "a", Text: "x"}}}},
	}
	for _, c := range []*corpus.Corpus{embedded, synthetic, withWarnings} {
		var buf bytes.Buffer
		if err := corpus.EncodeSnapshot(&buf, c); err != nil {
			t.Fatal(err)
		}
		got, err := corpus.DecodeSnapshot(buf.Bytes())
		if err != nil {
			t.Fatalf("DecodeSnapshot(%s) error: %v", c.Source, err)
		}
		if !reflect.DeepEqual(got, c) {
			t.Errorf("DecodeSnapshot(EncodeSnapshot(%s)) differs from the corpus", c.Source)
		}
	}
}

func TestSnapshotDamaged(t *testing.T) {
	c, err := corpus.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := corpus.EncodeSnapshot(&buf, c); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	for _, bad := range [][]byte{
		nil,
		[]byte("garbage"),
		data[:len(data)/2],
		data[:len(data)-1],
		append(bytes.Clone(data), 'x'),
	} {
		if _, err := corpus.DecodeSnapshot(bad); !errors.Is(err, corpus.ErrBadSnapshot) {
			t.Errorf("DecodeSnapshot(%d bytes) error = %v, want ErrBadSnapshot", len(bad), err)
		}
	}
}

func FuzzDecodeSnapshot(f *testing.F) {
	c, err := corpus.Embedded()
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := corpus.EncodeSnapshot(&buf, c); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := corpus.DecodeSnapshot(data)
		if err != nil {
			return
		}
		for _, a := range c.Articles {
			for _, p := range a.Passages {
				for _, s := range p.Sentences {
					_ = p.Text[s.Start:s.End] // spans stay inside the text
				}
			}
		}
	})
}

func TestStamp(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stamp := func() string {
		t.Helper()
		s, err := corpus.Stamp(dir)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	write("a.md", "one")
	write("sub/b.md", "two")
	first := stamp()
	if again := stamp(); again != first {
		t.Errorf("Stamp changed with no change to the folder: %s, then %s", first, again)
	}

	write("notes.txt", "ignored")
	write(".hidden/c.md", "ignored")
	if s := stamp(); s != first {
		t.Errorf("Stamp changed when only files Load skips were added")
	}

	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "a.md"), old, old); err != nil {
		t.Fatal(err)
	}
	touched := stamp()
	if touched == first {
		t.Errorf("Stamp did not change when a file's modification time did")
	}
	write("synonyms.txt", "a, b")
	if s := stamp(); s == touched {
		t.Errorf("Stamp did not change when synonyms.txt was added")
	}
	if _, err := corpus.Stamp(filepath.Join(dir, "missing")); err == nil {
		t.Errorf("Stamp(missing folder) = nil error, want one")
	}
}

// BenchmarkDecodeSnapshot decodes a snapshot of BENCH_ARTICLES synthetic
// articles (default 1000): a persisted index starts from it.
func BenchmarkDecodeSnapshot(b *testing.B) {
	c, err := corpus.Load(synth.FS(synth.Generate(benchArticles(b), 1)), "synthetic")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := corpus.EncodeSnapshot(&buf, c); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		if _, err := corpus.DecodeSnapshot(buf.Bytes()); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(c.PassageCount()), "passages")
}

// BenchmarkStamp stamps a folder of BENCH_ARTICLES synthetic articles.
func BenchmarkStamp(b *testing.B) {
	dir := b.TempDir()
	if err := synth.WriteDir(dir, synth.Generate(benchArticles(b), 1)); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := corpus.Stamp(dir); err != nil {
			b.Fatal(err)
		}
	}
}

func benchArticles(b *testing.B) int {
	b.Helper()
	n := 1000
	if s := os.Getenv("BENCH_ARTICLES"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			b.Fatalf("BENCH_ARTICLES=%q: %v", s, err)
		}
	}
	return n
}
