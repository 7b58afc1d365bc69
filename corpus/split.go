package corpus

import (
	"sort"
	"strings"
)

// Passage sizes, in bytes of normalized text. A paragraph shorter than
// MinPassageLen is joined with the next one (or, at the end of the body,
// with the one before), so that a passage carries enough words to be found
// and read on its own. A paragraph longer than MaxPassageLen is cut at
// sentence boundaries into pieces of about equal length.
const (
	MinPassageLen = 120
	MaxPassageLen = 1200
)

// word is one word of a body with the file line it is on.
type word struct {
	text string
	line int
}

// splitPassages splits an article body, which starts at file line first,
// into passages.
func splitPassages(articleID, body string, first int) []Passage {
	var paras [][]word
	var cur []word
	for i, line := range strings.Split(body, "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			if cur != nil {
				paras, cur = append(paras, cur), nil
			}
			continue
		}
		for _, f := range fields {
			cur = append(cur, word{f, first + i})
		}
	}
	if cur != nil {
		paras = append(paras, cur)
	}

	var chunks [][]word
	for _, p := range paras {
		if n := len(chunks); n > 0 && textLen(chunks[n-1]) < MinPassageLen {
			chunks[n-1] = append(chunks[n-1], p...)
			continue
		}
		chunks = append(chunks, p)
	}
	if n := len(chunks); n > 1 && textLen(chunks[n-1]) < MinPassageLen &&
		textLen(chunks[n-2])+1+textLen(chunks[n-1]) <= MaxPassageLen {
		chunks[n-2] = append(chunks[n-2], chunks[n-1]...)
		chunks = chunks[:n-1]
	}

	var out []Passage
	for _, c := range chunks {
		text, starts := joinWords(c)
		for _, piece := range cutLong(text) {
			k := sort.SearchInts(starts, piece.Start+1) - 1 // the word the piece starts in
			t := text[piece.Start:piece.End]
			out = append(out, Passage{
				ArticleID: articleID,
				Index:     len(out),
				Line:      c[k].line,
				Text:      t,
				Sentences: SplitSentences(t),
			})
		}
	}
	return out
}

// textLen is the length of the words joined by single spaces.
func textLen(ws []word) int {
	n := len(ws) - 1
	for _, w := range ws {
		n += len(w.text)
	}
	return n
}

// joinWords joins words with single spaces and returns where each starts.
func joinWords(ws []word) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(ws))
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		starts[i] = b.Len()
		b.WriteString(w.text)
	}
	return b.String(), starts
}

// cutLong returns text as one span, or, when it is longer than
// MaxPassageLen, as spans of whole sentences of about equal length: each
// cut is made at the sentence end nearest to its share of the text.
// A single sentence is never cut.
func cutLong(text string) []Span {
	if len(text) <= MaxPassageLen {
		return []Span{{0, len(text)}}
	}
	pieces := (len(text) + MaxPassageLen - 1) / MaxPassageLen
	target := len(text) / pieces
	sents := SplitSentences(text)
	var out []Span
	start := 0
	for i := 0; i < len(sents) && len(out) < pieces-1; i++ {
		if sents[i].End-start < target {
			continue
		}
		cut := i // the last sentence of the piece
		if i > 0 && sents[i-1].End > start && target-(sents[i-1].End-start) < sents[i].End-start-target {
			cut = i - 1
		}
		if cut+1 >= len(sents) {
			break
		}
		out = append(out, Span{start, sents[cut].End})
		start = sents[cut+1].Start
	}
	return append(out, Span{start, len(text)})
}
