package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ParseSynonyms reads a synonyms file: one group of terms per line, the
// terms separated by commas, for example
//
//	sheinbaum, sheibaum, sheinbuam
//	# a comment
//	castañeda, castaneda
//
// "#" starts a comment and blank lines are ignored. Terms are trimmed and
// lowercased; repeated terms in a group count once. A group needs two or
// more distinct terms; every line that breaks a rule is reported as a
// Problem at file:line and left out. file names the file in problems.
func ParseSynonyms(r io.Reader, file string) ([][]string, []Problem) {
	groups, _, problems := parseSynonyms(r, file)
	return groups, problems
}

// parseSynonyms is ParseSynonyms that also returns the line of each group.
func parseSynonyms(r io.Reader, file string) (groups [][]string, lines []int, problems []Problem) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), MaxFileSize)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF")
		}
		if !utf8.ValidString(line) {
			problems = append(problems, Problem{File: file, Line: n, Msg: "not UTF-8; save the file as UTF-8"})
			continue
		}
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		var group []string
		seen := map[string]bool{}
		empty := false
		for _, t := range strings.Split(line, ",") {
			t = strings.ToLower(strings.Join(strings.Fields(t), " "))
			switch {
			case t == "":
				empty = true
			case !seen[t]:
				seen[t] = true
				group = append(group, t)
			}
		}
		switch {
		case empty:
			problems = append(problems, Problem{File: file, Line: n, Msg: "empty term: remove the extra comma"})
		case len(group) < 2:
			problems = append(problems, Problem{File: file, Line: n, Msg: fmt.Sprintf("a group needs two or more different terms, separated by commas; got %q", strings.Join(group, ", "))})
		default:
			groups = append(groups, group)
			lines = append(lines, n)
		}
	}
	if err := sc.Err(); err != nil {
		problems = append(problems, Problem{File: file, Msg: fmt.Sprintf("cannot read: %v", err)})
	}
	return groups, lines, problems
}
