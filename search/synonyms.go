package search

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/corpus"
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

// synonymProblem is a term or group of synonyms.txt the index cannot use
// as written.
type synonymProblem struct {
	group int    // index in the corpus's groups
	msg   string // what is wrong, unless other is set

	// a term that analyzes to the same token as a term of another group
	other           int // 1 + the index of the other group, or 0
	word, otherWord string
	token           string
}

// buildSynonyms analyzes each group. bleve expands a query term with one
// synonym term at a time, so a term must analyze to exactly one token; terms
// that do not (a stop word, or two words such as "phone call") are left out
// and reported, and a group left with fewer than two distinct terms is
// dropped. Terms of different groups that analyze to the same token
// ("authority", "authorize") are reported too: the groups then act as one
// for that token.
func buildSynonyms(an analysis.Analyzer, groups [][]string) (synonyms, []synonymProblem) {
	s := synonyms{alts: map[string][]string{}}
	var problems []synonymProblem
	type use struct {
		group int
		word  string
	}
	first := map[string]use{} // analyzed term -> the first group and word that gave it
	for gi, g := range groups {
		var raw, terms []string
		seen := map[string]bool{}
		for _, w := range g {
			w = strings.TrimSpace(w)
			toks := an.Analyze([]byte(w))
			if len(toks) != 1 {
				msg := fmt.Sprintf("%q is %d words to the search, and a term must be one word: left out", w, len(toks))
				if len(toks) == 0 {
					msg = fmt.Sprintf("%q is a word the search ignores (too common): left out", w)
				}
				problems = append(problems, synonymProblem{group: gi, msg: msg})
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
			problems = append(problems, synonymProblem{group: gi, msg: fmt.Sprintf("group %q has fewer than two terms the search can use: ignored", strings.Join(g, ", "))})
			continue
		}
		for i, t := range terms {
			if u, ok := first[t]; ok {
				problems = append(problems, synonymProblem{group: gi, other: u.group + 1, word: raw[i], otherWord: u.word, token: t})
			} else {
				first[t] = use{gi, raw[i]}
			}
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

// SynonymProblems reports the terms and groups of c's synonyms.txt that the
// index cannot use as written, at their line, for `check` and reload
// reports. They do not stop a corpus from loading: the index leaves such
// terms out. It returns nil when every group works.
func SynonymProblems(c *corpus.Corpus) []corpus.Problem {
	_, problems := buildSynonyms(newAnalyzer(), c.Synonyms)
	line := func(group int) int {
		if group < len(c.SynonymLine) {
			return c.SynonymLine[group]
		}
		return 0
	}
	var out []corpus.Problem
	for _, p := range problems {
		msg := p.msg
		if p.other > 0 {
			where := fmt.Sprintf("group %d", p.other)
			if n := line(p.other - 1); n > 0 {
				where = fmt.Sprintf("line %d", n)
			}
			msg = fmt.Sprintf("%q and %q (%s) are one word to the search (%q): a question with either finds the words of both groups", p.word, p.otherWord, where, p.token)
		}
		out = append(out, corpus.Problem{File: corpus.SynonymsFile, Line: line(p.group), Msg: msg})
	}
	return out
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
