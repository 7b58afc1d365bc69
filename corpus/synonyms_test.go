package corpus

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestParseSynonyms(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		groups   [][]string
		problems []string
	}{
		{"empty", "", nil, nil},
		{"comments and blanks", "# only a comment\n\n   \n", nil, nil},
		{"groups", "Sheinbaum, Sheibaum ,sheinbuam\ncartel,  cartels # plural\n",
			[][]string{{"sheinbaum", "sheibaum", "sheinbuam"}, {"cartel", "cartels"}}, nil},
		{"phrases keep one space", "U.S.  Army, american   army\n", [][]string{{"u.s. army", "american army"}}, nil},
		{"repeats count once", "a, A, b, a\n", [][]string{{"a", "b"}}, nil},
		{"bom", "\uFEFFa, b\n", [][]string{{"a", "b"}}, nil},
		{"crlf", "a, b\r\nc, d\r\n", [][]string{{"a", "b"}, {"c", "d"}}, nil},
		{"one term", "a, b\nlonely\n", [][]string{{"a", "b"}},
			[]string{`syn.txt:2: a group needs two or more different terms, separated by commas; got "lonely"`}},
		{"same term", "x, X\n", nil,
			[]string{`syn.txt:1: a group needs two or more different terms, separated by commas; got "x"`}},
		{"empty term", "a,,b\n, a, b\n", nil,
			[]string{"syn.txt:1: empty term: remove the extra comma", "syn.txt:2: empty term: remove the extra comma"}},
		{"trailing comma after comment strip", "a, b, # note\n", nil,
			[]string{"syn.txt:1: empty term: remove the extra comma"}},
		{"not utf-8", "a, b\n\xff, c\n", [][]string{{"a", "b"}},
			[]string{"syn.txt:2: not UTF-8; save the file as UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			groups, probs := ParseSynonyms(strings.NewReader(tt.in), "syn.txt")
			var got []string
			for _, p := range probs {
				got = append(got, p.String())
			}
			if !reflect.DeepEqual(groups, tt.groups) || !reflect.DeepEqual(got, tt.problems) {
				t.Errorf("ParseSynonyms(%q) = %q, %q\nwant %q, %q", tt.in, groups, got, tt.groups, tt.problems)
			}
		})
	}
}

func TestParseSynonymsLongLine(t *testing.T) {
	line := strings.Repeat("word, ", 20000) + "end\n"
	groups, probs := ParseSynonyms(strings.NewReader(line), "syn.txt")
	if len(probs) != 0 || len(groups) != 1 || fmt.Sprint(groups[0]) != "[word end]" {
		t.Errorf("ParseSynonyms(long line) = %d groups, problems %v", len(groups), probs)
	}
}
