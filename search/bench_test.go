package search

import (
	"encoding/json"
	"os"
	"strconv"
	"testing"

	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/corpus/synth"
)

// benchQuestions returns the questions of testdata/questions.json, answerable
// and off-topic.
func benchQuestions(b *testing.B) []string {
	b.Helper()
	data, err := os.ReadFile("testdata/questions.json")
	if err != nil {
		b.Fatal(err)
	}
	var set questionSet
	if err := json.Unmarshal(data, &set); err != nil {
		b.Fatal(err)
	}
	var qs []string
	for _, q := range set.Questions {
		qs = append(qs, q.Q)
	}
	return append(qs, set.OffTopic...)
}

// BenchmarkSearch runs the questions of the quality test against the
// embedded corpus, through the path ask uses.
func BenchmarkSearch(b *testing.B) {
	ix := embeddedIndex(b)
	benchSearch(b, ix, benchQuestions(b))
}

// BenchmarkSearchSynth runs synthetic member questions against a synthetic
// corpus of BENCH_ARTICLES articles (default 1000).
func BenchmarkSearchSynth(b *testing.B) {
	c := synthCorpus(b)
	ix, err := New(c, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer ix.Close()
	var texts []string
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			texts = append(texts, p.Text)
		}
	}
	b.Logf("%d articles, %d passages", len(c.Articles), c.PassageCount())
	benchSearch(b, ix, synth.Questions(texts, 1000, 1))
}

// BenchmarkBuildSynth builds the index over a synthetic corpus and reports
// passages indexed per second.
func BenchmarkBuildSynth(b *testing.B) {
	c := synthCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		ix, err := New(c, Options{})
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
	b.ReportMetric(float64(c.PassageCount())*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
}

func synthCorpus(b *testing.B) *corpus.Corpus {
	b.Helper()
	n := 1000
	if s := os.Getenv("BENCH_ARTICLES"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatalf("BENCH_ARTICLES=%q: %v", s, err)
		}
	}
	c, err := corpus.Load(synth.FS(synth.Generate(n, 1)), "synth")
	if err != nil {
		b.Fatal(err)
	}
	return c
}

func benchSearch(b *testing.B, ix *Index, qs []string) {
	b.Helper()
	ctx := b.Context()
	i := 0
	b.ResetTimer()
	for b.Loop() {
		if _, err := ix.Search(ctx, corpus.Query{Text: qs[i%len(qs)]}); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
