package search

import (
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/corpus"
)

// maxQuoteSentences is the most sentences a quote holds.
const maxQuoteSentences = 3

// extraSentenceGain is the share of the question's weight a sentence must
// add for the quote to grow by it: a quote stays short unless a longer one
// answers clearly more.
const extraSentenceGain = 0.1

// answerGain is the share of the question's weight a sentence that gives
// the kind of answer asked for counts as holding (see bestQuote).
const answerGain = 0.3

// bestQuote picks the one to three consecutive whole sentences of p that
// hold the most question weight (each question term counted once) and
// returns them with the byte spans, inside the quote, of the words that
// matched. toks are p.Text analyzed. A quotation that runs over several
// sentences counts as one, and is kept whole (see quotationWhole).
func bestQuote(p corpus.Passage, toks analysis.TokenStream, q question, m *matcher) (string, []corpus.Span) {
	sents := quotationWhole(p.Text, sentences(p))
	type hit struct {
		span corpus.Span
		term int
	}
	// hits per sentence, in text order
	hits := make([][]hit, len(sents))
	// a sentence that gives what the question asks for answers it in
	// words of its own: a reason for "why" ("Their confidence stems from
	// the deep and effective cooperation…" holds none of "why aren't
	// Mexican officials worried"), an age for "how old", a date for "how
	// long" ("until the end of March")
	answers := make([]bool, len(sents))
	kinds := answering(q.asked)
	s := 0
	for _, tok := range toks {
		for s < len(sents) && tok.Start >= sents[s].End {
			s++
		}
		if s == len(sents) {
			break
		}
		if tok.Start < sents[s].Start {
			continue // between sentences
		}
		if t := string(tok.Term); kinds != 0 && termKind(t)&kinds != 0 && !ordinal(t) { // "the 7th Special Forces Group" dates nothing
			answers[s] = true
		}
		if i, ok := m.match(string(tok.Term)); ok {
			hits[s] = append(hits[s], hit{corpus.Span{Start: tok.Start, End: tok.End}, i})
		}
	}
	if gives := q.givesAnswer(); gives != nil {
		for i, sp := range sents {
			answers[i] = answers[i] || gives(p.Text[sp.Start:sp.End])
		}
	}

	bestFrom, bestTo, bestScore := 0, 0, -1.0
	seen := make([]bool, len(q.terms))
	for from := range sents {
		clear(seen)
		var got float64
		answered := false
		for to := from; to < len(sents) && to < from+maxQuoteSentences; to++ {
			for _, h := range hits[to] {
				if !seen[h.term] {
					seen[h.term] = true
					got += q.terms[h.term].weight
				}
			}
			if answers[to] && !answered {
				answered = true
				got += answerGain * q.total
			}
			score := got - extraSentenceGain*q.total*float64(to-from)
			if score > bestScore+1e-9 {
				bestFrom, bestTo, bestScore = from, to, score
			}
		}
	}

	start, end := sents[bestFrom].Start, sents[bestTo].End
	quote := p.Text[start:end]
	var spans []corpus.Span
	for s := bestFrom; s <= bestTo; s++ {
		for _, h := range hits[s] {
			sp := corpus.Span{Start: h.span.Start - start, End: h.span.End - start}
			if n := len(spans); n > 0 && sp.Start <= spans[n-1].End {
				spans[n-1].End = max(spans[n-1].End, sp.End)
				continue
			}
			spans = append(spans, sp)
		}
	}
	return quote, spans
}

// sentences returns the sentence spans of p trimmed of surrounding spaces,
// or the whole text as one sentence when p has none.
func sentences(p corpus.Passage) []corpus.Span {
	var out []corpus.Span
	for _, s := range p.Sentences {
		if s.Start < 0 || s.End > len(p.Text) || s.Start >= s.End {
			continue
		}
		for s.Start < s.End && isSpace(p.Text[s.Start]) {
			s.Start++
		}
		for s.End > s.Start && isSpace(p.Text[s.End-1]) {
			s.End--
		}
		if s.Start < s.End {
			out = append(out, s)
		}
	}
	if len(out) == 0 {
		out = []corpus.Span{{Start: 0, End: len(p.Text)}}
	}
	return out
}

// maxQuotationSentences is the most sentences quotationWhole joins into
// one.
const maxQuotationSentences = 4

// quotationWhole joins each sentence that opens a quotation it does not
// close with the sentences up to the one that closes it, so that a quote
// neither stops inside someone's words nor starts inside them without
// saying whose they are: "“We are not alarmed. They are flying over their
// territory…,” Ms. Sheinbaum said." is one. A quotation left open for
// more than maxQuotationSentences sentences is taken as a stray mark.
func quotationWhole(text string, sents []corpus.Span) []corpus.Span {
	out := make([]corpus.Span, 0, len(sents))
	for i := 0; i < len(sents); i++ {
		s := sents[i]
		curly, straight := quoteMarks(text[s.Start:s.End])
		for j := i + 1; (curly > 0 || straight) && j < len(sents) && j < i+maxQuotationSentences; j++ {
			c, st := quoteMarks(text[sents[j].Start:sents[j].End])
			curly, straight = curly+c, straight != st
			if curly <= 0 && !straight {
				s.End = sents[j].End
				i = j
			}
		}
		out = append(out, s)
	}
	return out
}

// quoteMarks returns how many more curly double quotes s opens than it
// closes, and whether it holds an odd number of straight ones.
func quoteMarks(s string) (curly int, straight bool) {
	return strings.Count(s, "“") - strings.Count(s, "”"), strings.Count(s, `"`)%2 == 1
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
