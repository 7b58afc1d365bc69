// Package synth generates synthetic news coverage for measuring the bot:
// article files in the corpus format (Markdown with YAML front matter) whose
// words follow natural-language frequencies, and questions shaped like the
// ones members ask.
//
// The words come from the five default articles, ranked by how often they
// occur there, with a long tail from a public English word list; each
// article has its own cast of people and places that it keeps coming back
// to, the way real coverage repeats names, and a handful of topic words. A
// small cast of recurring figures appears across many articles.
//
// Everything is a pure function of the seed: the same (n, seed) gives the
// same bytes on every machine, so two engines can be measured on exactly the
// same work. Article i does not depend on the others, so articles are
// generated in parallel.
package synth

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing/fstest"
)

// File is one generated article file.
type File struct {
	Name string // file name inside the corpus folder, e.g. "synth-000042.md"
	Data []byte // the whole file: front matter and body
}

// Generate returns n article files for seed, named synth-000000.md onward,
// in name order.
func Generate(n int, seed int64) []File {
	if n <= 0 {
		return nil
	}
	g := newGenerator(seed)
	files := make([]File, n)
	workers := min(runtime.GOMAXPROCS(0), n)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte
			for i := w; i < n; i += workers {
				buf = g.article(buf[:0], i)
				files[i] = File{Name: fileName(i), Data: append([]byte(nil), buf...)}
			}
		}()
	}
	wg.Wait()
	return files
}

// Article returns article i of the corpus Generate(n, seed) makes for any
// n > i, without generating the others.
func Article(i int, seed int64) File {
	g := newGenerator(seed)
	return File{Name: fileName(i), Data: g.article(nil, i)}
}

func fileName(i int) string { return fmt.Sprintf("synth-%06d.md", i) }

// FS returns the files as an in-memory folder that corpus.Load reads.
func FS(files []File) fs.FS {
	m := make(fstest.MapFS, len(files))
	for _, f := range files {
		m[f.Name] = &fstest.MapFile{Data: f.Data, Mode: 0o644}
	}
	return m
}

// Size returns the total size of the files in bytes.
func Size(files []File) int64 {
	var n int64
	for _, f := range files {
		n += int64(len(f.Data))
	}
	return n
}

// WriteDir writes the files into dir, creating it if needed, so that other
// tools can read the same corpus.
func WriteDir(dir string, files []File) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
