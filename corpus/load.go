package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// MaxFileSize is the largest corpus file read, in bytes. A larger file is
// reported without being read.
const MaxFileSize = 5 << 20

// SynonymsFile is the name of the synonym file at the root of a corpus folder.
const SynonymsFile = "synonyms.txt"

// Load reads every *.md file under fsys (hidden files and folders are
// skipped) and the synonyms.txt at its root, if any. source is recorded as
// Corpus.Source.
//
// When a file is wrong, Load still reads every other file and returns a
// *LoadError listing every problem, with Partial holding the articles that
// loaded. Other errors (the folder cannot be listed) are returned as is.
func Load(fsys fs.FS, source string) (*Corpus, error) {
	var mdFiles []string
	hasSynonyms := false
	var problems []Problem
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			problems = append(problems, Problem{File: p, Msg: fmt.Sprintf("cannot read: %v", err)})
			return nil
		}
		if p != "." && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case d.IsDir():
		case p == SynonymsFile:
			hasSynonyms = true
		case path.Ext(p) == ".md":
			mdFiles = append(mdFiles, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read corpus %s: %w", source, err)
	}
	sort.Strings(mdFiles)

	c := &Corpus{Source: source}
	sum := sha256.New()
	firstFile := map[string]string{} // id → file of the first article with it
	dup := map[string]bool{}
	var loaded []*Article
	for _, p := range mdFiles {
		data, pr := readLimited(fsys, p)
		hashFile(sum, p, data, pr)
		if pr != nil {
			problems = append(problems, *pr)
			continue
		}
		a, errs, warns := parseArticle(p, data)
		c.Warnings = append(c.Warnings, warns...)
		if len(errs) > 0 {
			problems = append(problems, errs...)
			continue
		}
		if other, ok := firstFile[a.ID]; ok {
			problems = append(problems,
				Problem{File: other, Line: 0, Msg: fmt.Sprintf("duplicate id %q: %s has it too", a.ID, p)},
				Problem{File: p, Line: 0, Msg: fmt.Sprintf("duplicate id %q: %s has it too", a.ID, other)})
			dup[a.ID] = true
			continue
		}
		firstFile[a.ID] = p
		loaded = append(loaded, a)
	}
	for _, a := range loaded {
		if !dup[a.ID] {
			c.Articles = append(c.Articles, a)
		}
	}
	sort.Slice(c.Articles, func(i, j int) bool { return c.Articles[i].ID < c.Articles[j].ID })

	if hasSynonyms {
		data, pr := readLimited(fsys, SynonymsFile)
		hashFile(sum, SynonymsFile, data, pr)
		if pr != nil {
			problems = append(problems, *pr)
		} else {
			groups, lines, probs := parseSynonyms(bytes.NewReader(data), SynonymsFile)
			c.Synonyms, c.SynonymLine = groups, lines
			problems = append(problems, probs...)
		}
	}
	if len(mdFiles) == 0 {
		problems = append(problems, Problem{File: ".", Msg: "no articles: the folder has no .md files"})
	}
	c.Fingerprint = hex.EncodeToString(sum.Sum(nil))
	if len(problems) > 0 {
		sortProblems(problems)
		return nil, &LoadError{Problems: problems, Partial: c}
	}
	return c, nil
}

// LoadDir loads the corpus folder dir.
func LoadDir(dir string) (*Corpus, error) {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("corpus folder %s: %w", dir, fs.ErrNotExist)
	case err != nil:
		return nil, fmt.Errorf("corpus folder %s: %w", dir, err)
	case !info.IsDir():
		return nil, fmt.Errorf("corpus folder %s is not a folder", dir)
	}
	return Load(os.DirFS(dir), dir)
}

// readLimited reads the file p unless it is larger than MaxFileSize.
func readLimited(fsys fs.FS, p string) ([]byte, *Problem) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, &Problem{File: p, Msg: fmt.Sprintf("cannot read: %v", err)}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > MaxFileSize {
		return nil, tooBig(p)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, &Problem{File: p, Msg: fmt.Sprintf("cannot read: %v", err)}
	}
	if len(data) > MaxFileSize {
		return nil, tooBig(p)
	}
	return data, nil
}

func tooBig(p string) *Problem {
	return &Problem{File: p, Msg: fmt.Sprintf("file is larger than %d MiB; split it or trim it", MaxFileSize>>20)}
}

// hashFile adds one file to the corpus fingerprint: its path, then its
// length and bytes, or a marker when it could not be read.
func hashFile(w io.Writer, p string, data []byte, pr *Problem) {
	io.WriteString(w, p)
	w.Write([]byte{0})
	if pr != nil {
		io.WriteString(w, pr.Msg)
		w.Write([]byte{0})
		return
	}
	binary.Write(w, binary.BigEndian, uint64(len(data)))
	w.Write(data)
}

// parseArticle reads one article file. It returns the article, or the
// errors that stop it from loading, and the warnings either way.
func parseArticle(file string, data []byte) (*Article, []Problem, []Problem) {
	at := func(fs []finding) []Problem {
		var ps []Problem
		for _, f := range fs {
			ps = append(ps, Problem{File: file, Line: f.line, Msg: f.msg})
		}
		return ps
	}
	if !utf8.Valid(data) {
		line, col := firstBadByte(data)
		return nil, at([]finding{{line, fmt.Sprintf("not UTF-8: bad byte at column %d; save the file as UTF-8", col)}}), nil
	}
	text := strings.TrimPrefix(string(data), "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	yamlText, yamlLine, body, bodyLine, bad := splitFrontMatter(text)
	if bad != nil {
		return nil, at([]finding{*bad}), nil
	}
	m, errs, warns := parseMeta(yamlText, yamlLine)
	if strings.TrimSpace(body) == "" {
		errs = append(errs, finding{bodyLine - 1, `the body is empty: write the article after the closing "---"`})
	}
	if m.ID == "" {
		m.ID = strings.TrimSuffix(path.Base(file), path.Ext(file))
		if msg := checkID(m.ID); msg != "" {
			errs = append(errs, finding{0, msg + " (taken from the file name; rename the file or set id)"})
		}
	}
	if !m.hasURL && len(errs) == 0 {
		warns = append(warns, finding{1, "no url: the bot shows the outlet and date instead of a link"})
	}
	if len(errs) > 0 {
		return nil, at(errs), at(warns)
	}
	a := &Article{
		ID: m.ID, Title: m.Title, Outlet: m.Outlet, Published: m.Published, URL: m.URL,
		Authors: m.Authors, Summary: m.Summary, Note: m.Note, File: file,
	}
	a.Passages = splitPassages(a.ID, body, bodyLine)
	return a, nil, at(warns)
}

// firstBadByte returns the 1-based line and column (in bytes) of the first
// byte of data that is not valid UTF-8.
func firstBadByte(data []byte) (line, col int) {
	line, start := 1, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return line, i - start + 1
		}
		if data[i] == '\n' {
			line, start = line+1, i+1
		}
		i += size
	}
	return line, 1
}

func sortProblems(ps []Problem) {
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
}
