package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBenchJSON(t *testing.T) {
	dump := t.TempDir()
	r := runWith(t, nil, "", "bench", "--articles", "20", "--queries", "50", "--json", "--dump", dump)
	if r.err != nil {
		t.Fatalf("bench: %v\nstderr: %s", r.err, r.stderr)
	}
	var out map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("bench --json printed %q: %v", r.stdout, err)
	}
	// Every key scripts rely on, and the least each may be. Durations only
	// need to be measured (> 0); no timing is asserted.
	atLeast := map[string]float64{
		"articles":              20,
		"passages":              100,
		"corpus_bytes":          10000,
		"build_seconds":         1e-9,
		"passages_per_second":   1e-9,
		"index_bytes":           0, // 0 while the index lives only in memory
		"open_ms":               1e-9,
		"query_p50_ms":          1e-9,
		"query_p90_ms":          1e-9,
		"query_p99_ms":          1e-9,
		"query_max_ms":          1e-9,
		"qps":                   1e-9,
		"heap_bytes":            1 << 20,
		"rss_peak_bytes":        1 << 20,
		"rss_steady_bytes":      1 << 20,
		"reload_seconds":        1e-9,
		"reload_query_p99_ms":   1e-9,
		"reload_failed_queries": 0,
		"queries":               50,
		"rss_peak_build_bytes":  1 << 20,
		"rss_peak_serve_bytes":  1 << 20,
		"rss_peak_reload_bytes": 1 << 20,
		"cpus":                  1,
		"build_cpu_seconds":     0, // 0 where /proc is missing; ticks are 10 ms
		"query_cpu_ms":          0,
		"reload_cpu_seconds":    0,
	}
	for k, least := range atLeast {
		v, ok := out[k].(float64)
		if !ok {
			t.Errorf("bench --json has no number %q: %s", k, r.stdout)
			continue
		}
		if v < least {
			t.Errorf("bench --json %s = %v, want at least %v", k, v, least)
		}
	}
	if out["reload_failed_queries"] != 0.0 || out["failed_queries"] != 0.0 {
		t.Errorf("bench --json failed queries: %v, during reload %v; want 0", out["failed_queries"], out["reload_failed_queries"])
	}
	if out["reload_articles"] != 21.0 {
		t.Errorf("bench --json reload_articles = %v, want 21 (1%% more, at least one)", out["reload_articles"])
	}
	if slow, _ := out["slowest_queries"].([]any); len(slow) == 0 {
		t.Errorf("bench --json slowest_queries = %v, want the slowest questions", out["slowest_queries"])
	}
	p50, p99, max := out["query_p50_ms"].(float64), out["query_p99_ms"].(float64), out["query_max_ms"].(float64)
	if p50 > p99 || p99 > max {
		t.Errorf("bench --json p50 %v, p99 %v, max %v: want them in order", p50, p99, max)
	}

	mds, _ := filepath.Glob(filepath.Join(dump, "*.md"))
	if len(mds) != 20 {
		t.Errorf("--dump wrote %d article files, want 20", len(mds))
	}
	qs, err := os.ReadFile(filepath.Join(dump, "questions.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(strings.Split(strings.TrimSpace(string(qs)), "\n")); n != 50 {
		t.Errorf("--dump questions.txt has %d lines, want 50", n)
	}
	// The dumped folder is an ordinary corpus: bench reads it back.
	r = runWith(t, nil, "", "bench", "--corpus", dump, "--queries", "10", "--json")
	if r.err != nil {
		t.Fatalf("bench --corpus %s: %v\nstderr: %s", dump, r.err, r.stderr)
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil || out["articles"] != 20.0 {
		t.Errorf("bench --corpus of the dump: articles %v (%v), want 20", out["articles"], err)
	}
}

func TestBenchTable(t *testing.T) {
	r := runWith(t, nil, "", "bench", "--articles", "5", "--queries", "10")
	if r.err != nil {
		t.Fatalf("bench: %v\nstderr: %s", r.err, r.stderr)
	}
	for _, want := range []string{"passages", "query p99", "RSS steady", "query p99 during reload"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("bench table lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestBenchUsage(t *testing.T) {
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"bench", "--articles", "0"},
		{"bench", "--queries", "0"},
		{"bench", "extra"},
		{"bench", "--index", full},
	} {
		if r := runWith(t, nil, "", args...); exitCodeOf(r.err) != 2 {
			t.Errorf("run(%q) = %v, want exit status 2", args, r.err)
		}
	}
}
