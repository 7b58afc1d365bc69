package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// sentence returns a sentence of exactly n bytes, ending in a period.
func sentence(n int) string {
	return "S" + strings.Repeat("x", n-2) + "."
}

func TestSplitPassages(t *testing.T) {
	long := sentence(100)
	para := long + " " + long // 201 bytes: a passage of its own
	var many []string
	for i := 0; i < 25; i++ {
		many = append(many, sentence(100))
	}
	huge := strings.Join(many, " ") // 2524 bytes: cut in three
	tests := []struct {
		name  string
		body  string
		lens  []int // length of each passage
		lines []int // file line of each passage; the body starts on line 10
	}{
		{"one paragraph", para + "\n", []int{201}, []int{10}},
		{"lines joined", long + "\n" + long + "\n", []int{201}, []int{10}},
		{"blank lines split", "\n\n" + para + "\n\n \t\n" + para + "\n", []int{201, 201}, []int{12, 15}},
		{"short joined with next", "Short.\n\n" + para + "\n\n" + para, []int{208, 201}, []int{10, 14}},
		{"short ones add up", "One.\n\nTwo.\n\n" + para, []int{211}, []int{10}},
		{"short at the end joins previous", para + "\n\nThe end.", []int{210}, []int{10}},
		{"only short", "One.\n\nTwo.", []int{9}, []int{10}},
		{"long cut at sentences", "Intro line.\n\n" + huge[:1515] + "\n" + huge[1516:], []int{819, 806, 908}, []int{10, 12, 13}},
		{"one long sentence is kept", strings.Repeat("word ", 400), []int{1999}, []int{10}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := splitPassages("id", tt.body, 10)
			var lens, lines []int
			for i, p := range ps {
				lens = append(lens, len(p.Text))
				lines = append(lines, p.Line)
				if p.Index != i || p.ArticleID != "id" {
					t.Errorf("passage %d: Index %d, ArticleID %q", i, p.Index, p.ArticleID)
				}
				checkSpans(t, fmt.Sprintf("passage %d", i), p.Text, p.Sentences)
				if p.Text != strings.Join(strings.Fields(p.Text), " ") {
					t.Errorf("passage %d text is not normalized: %q", i, p.Text)
				}
			}
			if fmt.Sprint(lens) != fmt.Sprint(tt.lens) || fmt.Sprint(lines) != fmt.Sprint(tt.lines) {
				t.Errorf("splitPassages: lengths %v lines %v, want %v %v", lens, lines, tt.lens, tt.lines)
			}
			if got, want := strings.Join(texts(ps), " "), strings.Join(strings.Fields(tt.body), " "); got != want {
				t.Errorf("passages do not add up to the body:\n got  %q\n want %q", got, want)
			}
		})
	}
}

func texts(ps []Passage) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Text)
	}
	return out
}
