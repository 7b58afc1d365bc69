package search

import (
	"strings"
	"testing"
)

// isWord searches the list in place, which needs it sorted bytewise, one
// word a line, after the header.
func TestWordListSorted(t *testing.T) {
	words := strings.Split(strings.TrimSuffix(wordList, "\n"), "\n")
	if len(words) < 50_000 {
		t.Fatalf("word list has %d words, want the whole list", len(words))
	}
	for i, w := range words {
		if len(w) < fuzzyMinLen || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("line %d: %q is not a lower-case word of %d letters or more", i, w, fuzzyMinLen)
		}
		if i > 0 && words[i-1] >= w {
			t.Errorf("line %d: %q after %q, want sorted and distinct", i, w, words[i-1])
		}
	}
}

func TestIsWord(t *testing.T) {
	for _, w := range []string{"aardvark", "server", "population", "boycotting", "tariffs", "president's", "zygotes"} {
		if !isWord(w) {
			t.Errorf("isWord(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"sheinbaum", "sheinbuam", "tarrifs", "itinarary", "goverment", "", "#", "aardvar", "servers!"} {
		if isWord(w) {
			t.Errorf("isWord(%q) = true, want false", w)
		}
	}
}
