package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/corpus"
)

// answerPrinter writes answers for a person at a terminal, or as JSON.
type answerPrinter struct {
	w     io.Writer
	json  bool
	color bool // mark matched words in bold with ANSI escapes
	n     int  // answers printed so far
}

func (p *answerPrinter) print(ans *corpus.Answer) error {
	if p.json {
		return json.NewEncoder(p.w).Encode(toAskOutput(ans))
	}
	var b strings.Builder
	if p.n > 0 {
		b.WriteString("\n")
	}
	p.n++
	fmt.Fprintf(&b, "Q: %s\n\n", ans.Question)
	if ans.NoMatch || len(ans.Results) == 0 {
		b.WriteString("The coverage doesn't answer that. Try other words, or see what it covers with: coveragebot sources\n")
		_, err := io.WriteString(p.w, b.String())
		return err
	}
	for i, r := range ans.Results {
		label := fmt.Sprintf("%d. ", i+1)
		indent := strings.Repeat(" ", len(label))
		quote := p.mark(r.Quote, r.Highlights)
		for j, line := range wrap(quote, 76-len(label)) {
			if j == 0 {
				b.WriteString(label)
			} else {
				b.WriteString(indent)
			}
			b.WriteString(line)
			b.WriteString("\n")
		}
		a := r.Article
		fmt.Fprintf(&b, "%s— %s\n", indent, a.Title)
		fmt.Fprintf(&b, "%s  %s · %s\n", indent, a.Outlet, a.Published.Format("Jan 2, 2006"))
		if a.URL != "" {
			fmt.Fprintf(&b, "%s  %s\n", indent, a.URL)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%d of %d matching passages shown.\n", len(ans.Results), ans.Total)
	_, err := io.WriteString(p.w, b.String())
	return err
}

// printError reports a question that could not be asked, in its place.
func (p *answerPrinter) printError(question string, err error) error {
	if p.json {
		return json.NewEncoder(p.w).Encode(askOutput{Question: question, Results: []askResult{}, NoMatch: true, Error: err.Error()})
	}
	_, werr := fmt.Fprintf(p.w, "Q: %s\n\nNot asked: %v\n", truncateRunes(question, 80), err)
	return werr
}

func toAskOutput(ans *corpus.Answer) askOutput {
	out := askOutput{Question: ans.Question, Results: []askResult{}, NoMatch: ans.NoMatch}
	for _, r := range ans.Results {
		out.Results = append(out.Results, askResult{
			ArticleID: r.Article.ID,
			Title:     r.Article.Title,
			Outlet:    r.Article.Outlet,
			Published: r.Article.Published.Format("2006-01-02"),
			URL:       r.Article.URL,
			Passage:   r.Passage.Text,
			Quote:     r.Quote,
			Score:     r.Score,
		})
	}
	return out
}

// mark wraps the highlighted spans of s in ANSI bold when color is on.
func (p *answerPrinter) mark(s string, spans []corpus.Span) string {
	if !p.color || len(spans) == 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if sp.Start < last || sp.End > len(s) || sp.Start >= sp.End {
			continue
		}
		b.WriteString(s[last:sp.Start])
		b.WriteString("\x1b[1m")
		b.WriteString(s[sp.Start:sp.End])
		b.WriteString("\x1b[0m")
		last = sp.End
	}
	b.WriteString(s[last:])
	return b.String()
}

// wrap breaks s into lines of at most width visible characters, at spaces.
// ANSI escapes do not count toward the width.
func wrap(s string, width int) []string {
	var lines []string
	var line strings.Builder
	n := 0
	for _, word := range strings.Fields(s) {
		w := visibleLen(word)
		if n > 0 && n+1+w > width {
			lines = append(lines, line.String())
			line.Reset()
			n = 0
		}
		if n > 0 {
			line.WriteByte(' ')
			n++
		}
		line.WriteString(word)
		n += w
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func visibleLen(s string) int {
	n, esc := 0, false
	for _, r := range s {
		switch {
		case r == '\x1b':
			esc = true
		case esc:
			if r == 'm' {
				esc = false
			}
		default:
			n++
		}
	}
	return n
}

func truncateRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}
