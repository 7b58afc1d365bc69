package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestAskWithIndexDir asks twice with INDEX_DIR set, for the embedded
// articles and for a folder: the first run persists the index, the second
// opens it, and both answer alike.
func TestAskWithIndexDir(t *testing.T) {
	folder := t.TempDir()
	ents, err := os.ReadDir("../../corpus/articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join("../../corpus/articles", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(folder, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, corpusDir := range []string{"", folder} {
		indexDir := filepath.Join(t.TempDir(), "index")
		env := map[string]string{"INDEX_DIR": indexDir, "CORPUS_DIR": corpusDir, "LOG_LEVEL": "debug"}
		first := runWith(t, env, "", "ask", "--json", "Did Sheinbaum accept US troops?")
		if first.err != nil {
			t.Fatalf("CORPUS_DIR=%q: first ask: %v\n%s", corpusDir, first.err, first.stderr)
		}
		gen := generationOf(t, indexDir)
		second := runWith(t, env, "", "ask", "--json", "Did Sheinbaum accept US troops?")
		if second.err != nil {
			t.Fatalf("CORPUS_DIR=%q: second ask: %v\n%s", corpusDir, second.err, second.stderr)
		}
		if got := generationOf(t, indexDir); got != gen {
			t.Errorf("CORPUS_DIR=%q: the second ask rebuilt the index (%s, was %s)", corpusDir, got, gen)
		}
		if second.stdout != first.stdout {
			t.Errorf("CORPUS_DIR=%q: ask from the persisted index = %s, want %s", corpusDir, second.stdout, first.stdout)
		}
	}
}

// generationOf reads which generation the manifest in dir names.
func generationOf(t *testing.T, dir string) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatalf("no index manifest: %v", err)
	}
	var m struct{ Generation string }
	if err := json.Unmarshal(data, &m); err != nil || m.Generation == "" {
		t.Fatalf("index manifest %s: %v", data, err)
	}
	return m.Generation
}
