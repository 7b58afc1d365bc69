package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/search"
)

// askResult is one result in ask --json output. Scripts depend on these keys.
type askResult struct {
	ArticleID string  `json:"article_id"`
	Title     string  `json:"title"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	URL       string  `json:"url"`
	Passage   string  `json:"passage"`
	Quote     string  `json:"quote"`
	Score     float64 `json:"score"`
}

// askOutput is the ask --json object: one per question.
type askOutput struct {
	Question string      `json:"question"`
	Results  []askResult `json:"results"`
	NoMatch  bool        `json:"no_match"`
	Error    string      `json:"error,omitempty"` // only in JSON Lines mode, for a question that could not be asked
}

func runAsk(ctx context.Context, e *env, args []string) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	fs := newFlagSet(e, "ask", "[--json] [--limit N] [--source ID] [--after DATE] [--before DATE] QUESTION... | -")
	asJSON := fs.Bool("json", false, "print JSON (JSON Lines when reading questions from stdin)")
	limit := fs.Int("limit", 3, "how many results to show (1-25)")
	source := fs.String("source", "", "only this article id or outlet")
	after := fs.String("after", "", "only articles published on or after this date (YYYY-MM-DD)")
	before := fs.String("before", "", "only articles published on or before this date (YYYY-MM-DD)")
	corpusFlag(fs, &cfg)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *limit < 1 || *limit > 25 {
		return usageErrorf("--limit %d: want 1 to 25", *limit)
	}
	q := corpus.Query{Limit: *limit}
	if *source != "" {
		q.Sources = []string{*source}
	}
	if q.After, err = parseDateFlag("after", *after); err != nil {
		return err
	}
	if q.Before, err = parseDateFlag("before", *before); err != nil {
		return err
	}

	fromStdin := fs.NArg() == 1 && fs.Arg(0) == "-"
	if !fromStdin {
		q.Text = strings.Join(fs.Args(), " ")
		if err := q.Validate(); err != nil {
			return &exitError{code: 2, err: fmt.Errorf("ask: %w", err)}
		}
	}

	// A person at a terminal wants the answer, not the index's progress:
	// below LOG_LEVEL=debug only warnings reach stderr.
	if cfg.LogLevel > slog.LevelDebug && cfg.LogLevel < slog.LevelWarn {
		cfg.LogLevel = slog.LevelWarn
	}
	ix, err := openIndex(ctx, cfg, newLogger(e.stderr, cfg))
	if err != nil {
		return err
	}
	defer ix.Close()
	p := &answerPrinter{w: e.stdout, json: *asJSON, color: isTerminal(e.stdout) && e.getenv("NO_COLOR") == ""}

	if !fromStdin {
		ans, err := ix.Search(ctx, q)
		if err != nil {
			return fmt.Errorf("ask: %w", err)
		}
		return p.print(ans)
	}
	return askEach(ctx, ix, q, e.stdin, p)
}

// askEach answers one question per line of r, in order. Blank lines are
// skipped; a question that cannot be asked is reported in its place and makes
// the exit status 2 once every line is answered.
func askEach(ctx context.Context, ix *search.Index, q corpus.Query, r io.Reader, p *answerPrinter) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	var bad int
	for sc.Scan() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		q.Text = strings.TrimSpace(sc.Text())
		if q.Text == "" {
			continue
		}
		if err := q.Validate(); err != nil {
			bad++
			if err := p.printError(q.Text, err); err != nil {
				return err
			}
			continue
		}
		ans, err := ix.Search(ctx, q)
		if err != nil {
			return fmt.Errorf("ask %q: %w", q.Text, err)
		}
		if err := p.print(ans); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return &exitError{code: 2, err: errors.New("ask: a line of standard input is over 1 MiB")}
		}
		return fmt.Errorf("read questions: %w", err)
	}
	if bad > 0 {
		return &exitError{code: 2, err: fmt.Errorf("ask: %d question(s) could not be asked", bad)}
	}
	return nil
}

func parseDateFlag(name, v string) (time.Time, error) {
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return time.Time{}, usageErrorf("--%s %q: want a date such as 2025-05-03", name, v)
	}
	return t, nil
}
