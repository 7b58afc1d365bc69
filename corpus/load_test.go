package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// loadResult is what a test compares: ids of the articles loaded (or, on
// a LoadError, of Partial), the problems and the warnings, as strings.
type loadResult struct {
	ids, problems, warnings []string
}

func loadFolder(t *testing.T, dir string) (*Corpus, loadResult) {
	t.Helper()
	c, err := LoadDir(dir)
	var r loadResult
	var le *LoadError
	switch {
	case errors.As(err, &le):
		if c != nil {
			t.Errorf("LoadDir(%q) returned a corpus and an error", dir)
		}
		c = le.Partial
		for _, p := range le.Problems {
			r.problems = append(r.problems, p.String())
		}
	case err != nil:
		t.Fatalf("LoadDir(%q) = %v, want nil or a *LoadError", dir, err)
	}
	if c == nil {
		t.Fatalf("LoadDir(%q): no corpus and no Partial", dir)
	}
	for _, a := range c.Articles {
		r.ids = append(r.ids, a.ID)
	}
	for _, w := range c.Warnings {
		r.warnings = append(r.warnings, w.String())
	}
	return c, r
}

func TestLoadDirValidation(t *testing.T) {
	const fieldList = "title, outlet, published, url, authors, summary, id, note"
	tests := []struct {
		dir  string
		want loadResult
	}{
		{"good", loadResult{
			ids:      []string{"alpha", "beta-id"},
			warnings: []string{"sub/beta.md:1: no url: the bot shows the outlet and date instead of a link"},
		}},
		{"unknown-field", loadResult{
			ids:      []string{"a"},
			warnings: []string{`a.md:6: unknown field "tags" is ignored; fields are ` + fieldList},
		}},
		{"no-front-matter", loadResult{problems: []string{
			`a.md:1: missing front matter: the file must start with a line "---", then title, outlet and published, then "---"`}}},
		{"unterminated", loadResult{problems: []string{
			`a.md:1: front matter is not closed: no line "---" after the opening one`}}},
		{"yaml-syntax", loadResult{problems: []string{
			`a.md:5: front matter: did not find expected ',' or ']'`}}},
		{"duplicate-field", loadResult{problems: []string{
			`a.md:5: field "title" appears twice (also on line 2)`}}},
		{"missing-field", loadResult{problems: []string{
			`a.md:1: missing required field "outlet"`}}},
		{"empty-field", loadResult{problems: []string{
			`a.md:2: required field "title" is empty`}}},
		{"bad-date", loadResult{problems: []string{
			`a.md:4: bad date "31/01/2025" in published: want YYYY-MM-DD, like 2025-01-31`}}},
		{"impossible-date", loadResult{problems: []string{
			`a.md:4: bad date "2025-02-30" in published: want YYYY-MM-DD, like 2025-01-31`}}},
		{"bad-url", loadResult{problems: []string{
			`a.md:5: bad url "ftp://example.com/a": want an http or https link`}}},
		{"bad-id", loadResult{problems: []string{
			`a.md:6: id "has a space" may hold only letters, digits, '.', '_' and '-'`}}},
		{"duplicate-id", loadResult{problems: []string{
			`a.md: duplicate id "a": sub/b.md has it too`,
			`sub/b.md: duplicate id "a": a.md has it too`}}},
		{"empty-body", loadResult{problems: []string{
			`a.md:6: the body is empty: write the article after the closing "---"`}}},
		{"not-utf8", loadResult{problems: []string{
			`a.md:8: not UTF-8: bad byte at column 5; save the file as UTF-8`}}},
		{"empty", loadResult{problems: []string{
			`.: no articles: the folder has no .md files`}}},
		{"bad-synonyms", loadResult{
			ids: []string{"a"},
			problems: []string{
				`synonyms.txt:2: a group needs two or more different terms, separated by commas; got "lonely"`,
				`synonyms.txt:3: a group needs two or more different terms, separated by commas; got "same"`,
				`synonyms.txt:4: empty term: remove the extra comma`,
			}}},
		{"many", loadResult{
			ids: []string{"ok"},
			problems: []string{
				`one.md:1: missing required field "outlet"`,
				`one.md:3: bad date "2025-13-01" in published: want YYYY-MM-DD, like 2025-01-31`,
				`one.md:4: bad url "mailto:x@example.com": want an http or https link`,
				`synonyms.txt:1: a group needs two or more different terms, separated by commas; got "only"`,
				`three.md:1: missing front matter: the file must start with a line "---", then title, outlet and published, then "---"`,
				`two.md:5: the body is empty: write the article after the closing "---"`,
			},
			warnings: []string{
				"ok.md:1: no url: the bot shows the outlet and date instead of a link",
				`one.md:5: unknown field "colour" is ignored; fields are ` + fieldList,
			}}},
	}
	for _, tt := range tests {
		t.Run(tt.dir, func(t *testing.T) {
			_, got := loadFolder(t, filepath.Join("testdata", tt.dir))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("LoadDir(%q)\n got  %#v\n want %#v", tt.dir, got, tt.want)
			}
		})
	}
}

func TestLoadDirGood(t *testing.T) {
	c, _ := loadFolder(t, filepath.Join("testdata", "good"))
	a := c.Article("alpha")
	if a == nil {
		t.Fatal(`Article("alpha") = nil`)
	}
	want := &Article{
		ID: "alpha", Title: "Alpha", Outlet: "Test Outlet",
		Published: time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC),
		URL:       "https://example.com/alpha", Authors: []string{"A. Writer", "B. Writer"},
		Summary: "One line.", Note: "A fixture.", File: "alpha.md",
	}
	got := *a
	got.Passages = nil
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("alpha =\n %#v\nwant\n %#v", &got, want)
	}
	if len(a.Passages) != 2 || a.Passages[0].Line != 10 || a.Passages[1].Line != 12 {
		t.Errorf("alpha passages = %+v, want two, on lines 10 and 12", a.Passages)
	}
	b := c.Article("beta-id")
	if b == nil || b.File != "sub/beta.md" || b.Title != "Beta: with a colon" ||
		!reflect.DeepEqual(b.Authors, []string{"Solo Writer"}) || b.Published.Format(DateLayout) != "2024-12-01" {
		t.Errorf(`Article("beta-id") = %+v`, b)
	}
	wantSyn := [][]string{{"sheinbaum", "sheibaum", "sheinbuam"}, {"castañeda", "castaneda"}}
	if !reflect.DeepEqual(c.Synonyms, wantSyn) {
		t.Errorf("Synonyms = %q, want %q", c.Synonyms, wantSyn)
	}
	if !reflect.DeepEqual(c.SynonymLine, []int{2, 3}) {
		t.Errorf("SynonymLine = %v, want [2 3]", c.SynonymLine)
	}
	if c.Source != filepath.Join("testdata", "good") {
		t.Errorf("Source = %q", c.Source)
	}
}

func TestLoadDirMissing(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.md")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dir, want string
	}{
		{filepath.Join(dir, "nope"), "does not exist"},
		{file, "is not a folder"},
	}
	for _, tt := range tests {
		c, err := LoadDir(tt.dir)
		if c != nil || err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadDir(%q) = %v, %v; want an error with %q", tt.dir, c, err, tt.want)
		}
		var le *LoadError
		if errors.As(err, &le) {
			t.Errorf("LoadDir(%q) error is a *LoadError, want a plain error", tt.dir)
		}
	}
	if _, err := LoadDir(filepath.Join(dir, "nope")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("LoadDir(missing) = %v, want fs.ErrNotExist", err)
	}
}

func TestLoadTooBig(t *testing.T) {
	dir := t.TempDir()
	head := "---\ntitle: A\noutlet: B\npublished: 2025-01-31\n---\n"
	big := head + strings.Repeat("word ", MaxFileSize/5+1)
	for name, data := range map[string]string{"big.md": big, "synonyms.txt": strings.Repeat("a, b\n", MaxFileSize/5+1)} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, got := loadFolder(t, dir)
	want := []string{
		"big.md: file is larger than 5 MiB; split it or trim it",
		"synonyms.txt: file is larger than 5 MiB; split it or trim it",
	}
	if !reflect.DeepEqual(got.problems, want) {
		t.Errorf("problems = %q, want %q", got.problems, want)
	}
}

func TestFingerprint(t *testing.T) {
	article := func(title string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte("---\ntitle: " + title + "\noutlet: B\npublished: 2025-01-31\n---\nBody.\n")}
	}
	load := func(fsys fstest.MapFS) string {
		t.Helper()
		c, err := Load(fsys, "test")
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v", err)
			}
			c = le.Partial
		}
		if len(c.Fingerprint) != 64 {
			t.Fatalf("Fingerprint = %q, want 64 hex digits", c.Fingerprint)
		}
		return c.Fingerprint
	}
	base := load(fstest.MapFS{"a.md": article("A")})
	tests := []struct {
		name string
		fsys fstest.MapFS
		same bool
	}{
		{"identical", fstest.MapFS{"a.md": article("A")}, true},
		{"other files ignored", fstest.MapFS{"a.md": article("A"), "notes.txt": {Data: []byte("x")}}, true},
		{"content changed", fstest.MapFS{"a.md": article("B")}, false},
		{"file renamed", fstest.MapFS{"b.md": article("A")}, false},
		{"file added", fstest.MapFS{"a.md": article("A"), "b.md": article("B")}, false},
		{"synonyms added", fstest.MapFS{"a.md": article("A"), "synonyms.txt": {Data: []byte("a, b\n")}}, false},
	}
	for _, tt := range tests {
		if got := load(tt.fsys); (got == base) != tt.same {
			t.Errorf("%s: fingerprint equal = %v, want %v", tt.name, got == base, tt.same)
		}
	}
}

func TestLoadNormalizes(t *testing.T) {
	fsys := fstest.MapFS{
		"b.md": {Data: []byte("\uFEFF---\r\ntitle: B\r\noutlet: O\r\npublished: 2025-01-31\r\nurl: http://example.com\r\n---\r\nLine one\r\nline two.\r\n")},
		"a.md": {Data: []byte("---\ntitle: A\noutlet: O\npublished: 2025-01-31\nurl: https://example.com\n---\n\n\n   Spaced\t\tout\u00a0text.  \n")},
	}
	c, err := Load(fsys, "test")
	if err != nil {
		t.Fatalf("Load = %v", err)
	}
	var got []string
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			got = append(got, a.ID+": "+p.Text)
		}
	}
	want := []string{"a: Spaced out text.", "b: Line one line two."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("passages = %q, want %q", got, want)
	}
	if l := c.Articles[0].Passages[0].Line; l != 9 {
		t.Errorf("a.md passage line = %d, want 9", l)
	}
}
