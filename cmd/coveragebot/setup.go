package main

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"runtime/debug"

	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/search"
)

// newLogger builds the program's one logger: text for people, JSON when asked.
func newLogger(w io.Writer, c config) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// loadCorpus reads dir, or the embedded articles when dir is empty. The
// synonym groups the search cannot use as written join the warnings, so
// that `check` and `/reload` show them at their line.
func loadCorpus(dir string) (*corpus.Corpus, error) {
	var c *corpus.Corpus
	var err error
	if dir == "" {
		c, err = corpus.Embedded()
	} else {
		c, err = corpus.LoadDir(dir)
	}
	var lerr *corpus.LoadError
	if errors.As(err, &lerr) && lerr.Partial != nil {
		lerr.Partial.Warnings = append(lerr.Partial.Warnings, search.SynonymProblems(lerr.Partial)...)
	}
	if err != nil {
		return nil, err
	}
	c.Warnings = append(c.Warnings, search.SynonymProblems(c)...)
	return c, nil
}

// openIndex indexes the configured corpus: in memory, or with INDEX_DIR
// set, by opening the index persisted there when it was built from the same
// files (a stamp of the corpus folder tells without reading it), else by
// building and persisting one.
func openIndex(ctx context.Context, c config, log *slog.Logger) (*search.Index, error) {
	opts := search.Options{Logger: log, Dir: c.IndexDir}
	load := func() (*corpus.Corpus, error) { return loadCorpus(c.CorpusDir) }
	if c.IndexDir != "" {
		if c.CorpusDir == "" {
			// the embedded articles are five small files: their fingerprint
			// is as cheap as any stamp
			cp, err := corpus.Embedded()
			if err != nil {
				return nil, err
			}
			opts.Stamp = func() (string, error) { return "embedded " + cp.Fingerprint, nil }
			load = func() (*corpus.Corpus, error) { return cp, nil }
		} else {
			opts.Stamp = func() (string, error) { return corpus.Stamp(c.CorpusDir) }
		}
	}
	// search.Open returns the loader's errors as they are (a *corpus.LoadError
	// lists every file:line) and words its own build errors.
	return search.Open(ctx, opts, load)
}

// version is the module version when built with go install, else the VCS
// revision when known, else "dev".
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "dev"
	}
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "dev-" + s.Value[:12]
		}
	}
	return "dev"
}
