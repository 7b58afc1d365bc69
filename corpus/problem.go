package corpus

import (
	"fmt"
	"strings"
)

// Problem is something wrong in a corpus file, located to a line.
type Problem struct {
	File string // path inside the corpus folder
	Line int    // 1-based; 0 when the problem is the whole file
	Msg  string
}

// String formats the problem as "file:line: message", or "file: message"
// when it concerns the whole file.
func (p Problem) String() string {
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	}
	return fmt.Sprintf("%s: %s", p.File, p.Msg)
}

// LoadError is returned when a corpus fails validation. It lists every
// problem found, not just the first.
type LoadError struct {
	Problems []Problem
	// Partial holds what did load: the files without errors, with their
	// warnings, so that a report can list every file. It may be nil.
	Partial *Corpus
}

// Error lists every problem, one per line, after a count.
func (e *LoadError) Error() string {
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = p.String()
	}
	return fmt.Sprintf("corpus has %d error(s):\n%s", len(e.Problems), strings.Join(lines, "\n"))
}
