package search

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/corpus"
)

var update = flag.Bool("update", false, "rewrite search/families.txt from testdata/wordnet-families.txt")

// The embedded table must be what the current analyzer makes of the WordNet
// word pairs: a change to the analyzer that changes a stem must regenerate it
// (go test ./search -run TestFamiliesTable -update).
func TestFamiliesTable(t *testing.T) {
	raw, err := os.ReadFile("testdata/wordnet-families.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := familiesTable(t, string(raw))
	if *update {
		if err := os.WriteFile("families.txt", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if got != familiesText {
		t.Fatal("search/families.txt is not what the analyzer makes of testdata/wordnet-families.txt; run go test ./search -run TestFamiliesTable -update")
	}
}

// familiesTable analyzes each pair of words and keeps the pairs whose terms
// differ, once each, sorted.
func familiesTable(t *testing.T, raw string) string {
	an := newAnalyzer()
	seen := map[string]bool{}
	var out []string
	for line := range strings.Lines(raw) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		a, b, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("wordnet-families.txt: %q is not a pair", line)
		}
		ta, tb := an.Analyze([]byte(a)), an.Analyze([]byte(b))
		if len(ta) != 1 || len(tb) != 1 {
			continue // a stop word
		}
		x, y := string(ta[0].Term), string(tb[0].Term)
		if x == y {
			continue
		}
		if x > y {
			x, y = y, x
		}
		if p := x + " " + y; !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	slices.Sort(out)
	return "# Word families: pairs of analyzed terms, made from testdata/wordnet-families.txt\n" +
		"# (WordNet 3.0 Copyright 2006 by Princeton University) by TestFamiliesTable -update.\n" +
		strings.Join(out, "\n") + "\n"
}

func TestFamily(t *testing.T) {
	an := newAnalyzer()
	term := func(w string) string { return string(an.Analyze([]byte(w))[0].Term) }
	for _, c := range [][2]string{{"tense", "tension"}, {"intervene", "intervention"}, {"decide", "decision"}, {"invade", "invasion"}, {"militarily", "military"}} {
		a, b := term(c[0]), term(c[1])
		if !slices.Contains(family(a), b) || !slices.Contains(family(b), a) {
			t.Errorf("%s (%s) and %s (%s) are not one family", c[0], a, c[1], b)
		}
	}
	if f := family(term("die")); slices.Contains(f, term("death")) {
		t.Errorf("die and death share no stem, yet are one family")
	}
}

// A question word the articles use only in another form finds that form,
// and the highlight marks it.
func TestWordForms(t *testing.T) {
	ix := newIndex(t, nil, article("a", "Daily", "2025-01-01", append([]string{
		"The tax on imports was raised in May.",
		"The senate voted for the abolition of the tax on imports.",
		"The call between the two leaders ended early.",
		"Tension rose during the call between the two leaders.",
	}, filler...)...))
	for q, want := range map[string]string{
		"did they abolish the import tax?": "a#1",
		"was the call tense":               "a#3",
		"tense":                            "a#3",
		"did it get tense on the call":     "a#3",
	} {
		ans := ask(t, ix, corpus.Query{Text: q})
		if got := ids(ans); len(got) == 0 || got[0] != want {
			t.Errorf("Search(%q) = %v, want %s first", q, got, want)
		}
	}
	ans := ask(t, ix, corpus.Query{Text: "did they abolish the import tax?"})
	if len(ans.Results) == 0 {
		t.Fatal("no results")
	}
	r := ans.Results[0]
	var marked []string
	for _, h := range r.Highlights {
		marked = append(marked, r.Quote[h.Start:h.End])
	}
	if !slices.Contains(marked, "abolition") {
		t.Errorf("highlights %q, want abolition marked", marked)
	}
}
