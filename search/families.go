package search

import (
	_ "embed"
	"strings"
	"sync"
)

// familiesText is the table of word families: pairs of analyzed terms of
// one English word family whose stems differ ("interven intervent",
// "tens tension", "militari militarili"), one pair per line. It is made
// from WordNet's derivational relations and the adjectives adverbs are
// made from (see search/internal/wordfamilies and
// TestFamiliesTable), so it holds no word of any corpus in particular.
//
//go:embed families.txt
var familiesText string

var (
	familiesOnce sync.Once
	familyOf     map[string][]string // analyzed term -> the other terms of its family
)

// family returns the other analyzed terms of t's word family: a question
// word also finds a passage that uses another form of it ("tense" and
// "tension", "intervene" and "intervention"), at inFamily's weight.
func family(t string) []string {
	familiesOnce.Do(func() { familyOf = parseFamilies(familiesText) })
	return familyOf[t]
}

func parseFamilies(text string) map[string][]string {
	m := make(map[string][]string, 16000)
	for line := range strings.Lines(text) {
		a, b, ok := strings.Cut(strings.TrimSpace(line), " ")
		if !ok || strings.HasPrefix(a, "#") {
			continue
		}
		m[a] = append(m[a], b)
		m[b] = append(m[b], a)
	}
	return m
}
