package main

import (
	"fmt"
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

// loadCorpus reads dir, or the embedded articles when dir is empty.
func loadCorpus(dir string) (*corpus.Corpus, error) {
	if dir == "" {
		return corpus.Embedded()
	}
	return corpus.LoadDir(dir)
}

// openIndex loads the configured corpus and indexes it.
func openIndex(c config, log *slog.Logger) (*search.Index, error) {
	cp, err := loadCorpus(c.CorpusDir)
	if err != nil {
		return nil, err
	}
	ix, err := search.New(cp, search.Options{Logger: log, Dir: c.IndexDir})
	if err != nil {
		return nil, fmt.Errorf("index corpus: %w", err)
	}
	return ix, nil
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
