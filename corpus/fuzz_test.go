package corpus

import (
	"errors"
	"fmt"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// FuzzLoad feeds arbitrary bytes to the loader as one article file. Load
// must not panic, must fail only with a *LoadError, and every passage it
// keeps must be non-empty and covered by its sentences.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		"---\ntitle: A\noutlet: B\npublished: 2025-01-31\n---\nBody. Two.\n",
		"---\ntitle: A\noutlet: B\npublished: 2025-01-31\nurl: https://x.org\n---\n\n\nU.S. troops. Mr. X... Y.\n\nShort.",
		"---\n---\n",
		"---\ntitle: [\n---\nx",
		"---\ntitle: A\ntitle: B\nauthors: {a: b}\nid: ../x\n---\nx",
		"no front matter",
		"---\r\ntitle: \"A\"\r\noutlet: B\r\npublished: 2025-02-30\r\n---\r\n\xff",
		"",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Load(fstest.MapFS{"a.md": {Data: data}, "synonyms.txt": {Data: data}}, "fuzz")
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v, want a *LoadError", err)
			}
			if len(le.Problems) == 0 || le.Partial == nil {
				t.Fatalf("LoadError without problems or Partial: %+v", le)
			}
			c = le.Partial
		}
		for _, a := range c.Articles {
			if a.Title == "" || a.Outlet == "" || a.Published.IsZero() {
				t.Errorf("article %q loaded without required metadata", a.ID)
			}
			for _, p := range a.Passages {
				if p.Text == "" || !utf8.ValidString(p.Text) {
					t.Errorf("passage %d: text %q", p.Index, p.Text)
				}
				checkSpans(t, fmt.Sprintf("passage %d", p.Index), p.Text, p.Sentences)
			}
		}
	})
}
