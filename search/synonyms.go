package search

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
)

// synonymCollection is the bleve synonym collection the corpus groups are
// indexed into; synonymSource names the source the text fields use.
const (
	synonymCollection = "corpus"
	synonymSource     = "corpus_synonyms"
)

// synonyms holds the corpus's synonym groups in analyzed form, for the
// parts of a search that bleve does not do: deciding whether a passage
// covers a question, and marking matched words in a quote.
type synonyms struct {
	raw  [][]string          // the usable terms of each usable group, as written
	alts map[string][]string // analyzed term -> the other analyzed terms of its groups
}

// buildSynonyms analyzes each group. bleve expands a query term with one
// synonym term at a time, so a term must analyze to exactly one token; terms
// that do not (a stop word, or two words such as "phone call") are left out
// and reported, and a group left with fewer than two distinct terms is
// dropped.
func buildSynonyms(an analysis.Analyzer, groups [][]string) (synonyms, []string) {
	s := synonyms{alts: map[string][]string{}}
	var problems []string
	for gi, g := range groups {
		var raw, terms []string
		seen := map[string]bool{}
		for _, w := range g {
			w = strings.TrimSpace(w)
			toks := an.Analyze([]byte(w))
			if len(toks) != 1 {
				problems = append(problems, fmt.Sprintf("synonym group %d: %q is %d words after analysis, want exactly 1", gi+1, w, len(toks)))
				continue
			}
			t := string(toks[0].Term)
			if seen[t] {
				continue
			}
			seen[t] = true
			raw = append(raw, w)
			terms = append(terms, t)
		}
		if len(terms) < 2 {
			problems = append(problems, fmt.Sprintf("synonym group %d (%s): fewer than two distinct terms, ignored", gi+1, strings.Join(g, ", ")))
			continue
		}
		s.raw = append(s.raw, raw)
		for _, t := range terms {
			for _, o := range terms {
				if o != t && !contains(s.alts[t], o) {
					s.alts[t] = append(s.alts[t], o)
				}
			}
		}
	}
	return s, problems
}

// CheckSynonyms reports the synonym terms and groups the index cannot use,
// one message each, for `check` and reload reports. It returns nil when every
// group works.
func CheckSynonyms(groups [][]string) []string {
	_, problems := buildSynonyms(newAnalyzer(), groups)
	return problems
}

// indexSynonyms adds each group to the batch as an equivalence: any term of
// the group finds the others.
func (s synonyms) indexSynonyms(b *bleve.Batch) error {
	for i, g := range s.raw {
		def := &bleve.SynonymDefinition{Synonyms: g}
		if err := b.IndexSynonym("syn"+strconv.Itoa(i), synonymCollection, def); err != nil {
			return fmt.Errorf("index synonym group %d: %w", i+1, err)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
