package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"text/tabwriter"

	"github.com/coveragebot/coveragebot/corpus"
)

// runCheck validates a corpus folder the way /reload will read it, and
// prints a line per file and a summary. Any error makes the exit status 1.
func runCheck(ctx context.Context, e *env, args []string) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	fs := newFlagSet(e, "check", "[DIR]")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 1 {
		return usageErrorf("check takes one folder, got %d", fs.NArg())
	}
	dir := cfg.CorpusDir
	if fs.NArg() == 1 {
		dir = fs.Arg(0)
	}
	c, err := loadCorpus(dir)
	var lerr *corpus.LoadError
	switch {
	case errors.As(err, &lerr):
		c = lerr.Partial
	case err != nil:
		return err
	}
	if c == nil {
		c = &corpus.Corpus{}
	}
	where := dir
	if where == "" {
		where = "the embedded articles"
	}
	var problems []corpus.Problem
	if lerr != nil {
		problems = lerr.Problems
	}
	printCheck(e, where, c, problems)
	if len(problems) > 0 {
		return &exitError{code: 1, err: errSilent}
	}
	return nil
}

func printCheck(e *env, where string, c *corpus.Corpus, errs []corpus.Problem) {
	type fileReport struct {
		article     *corpus.Article
		warns, errs []corpus.Problem
	}
	files := map[string]*fileReport{}
	get := func(name string) *fileReport {
		if files[name] == nil {
			files[name] = &fileReport{}
		}
		return files[name]
	}
	for _, a := range c.Articles {
		get(a.File).article = a
	}
	for _, p := range c.Warnings {
		get(p.File).warns = append(get(p.File).warns, p)
	}
	for _, p := range errs {
		get(p.File).errs = append(get(p.File).errs, p)
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)

	fmt.Fprintf(e.stdout, "Checking %s\n\n", where)
	for _, name := range names {
		f := files[name]
		switch {
		case len(f.errs) > 0:
			fmt.Fprintf(e.stdout, "FAIL  %s\n", name)
		case f.article != nil:
			fmt.Fprintf(e.stdout, "ok    %s  (%s, %d passages)\n", name, f.article.ID, len(f.article.Passages))
		default:
			fmt.Fprintf(e.stdout, "ok    %s\n", name)
		}
		for _, p := range f.errs {
			fmt.Fprintf(e.stdout, "      error:   %s\n", p)
		}
		for _, p := range f.warns {
			fmt.Fprintf(e.stdout, "      warning: %s\n", p)
		}
	}
	fmt.Fprintf(e.stdout, "\n%d articles, %d passages, %d synonym groups, %d warnings, %d errors\n",
		len(c.Articles), c.PassageCount(), len(c.Synonyms), len(c.Warnings), len(errs))
}

// sourceJSON is one article in sources --json output.
type sourceJSON struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Outlet    string   `json:"outlet"`
	Published string   `json:"published"`
	URL       string   `json:"url"`
	Authors   []string `json:"authors,omitempty"`
	Passages  int      `json:"passages"`
}

// runSources lists the articles of the configured corpus.
func runSources(ctx context.Context, e *env, args []string) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	fs := newFlagSet(e, "sources", "[--json]")
	asJSON := fs.Bool("json", false, "print a JSON array")
	corpusFlag(fs, &cfg)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("sources takes no arguments")
	}
	c, err := loadCorpus(cfg.CorpusDir)
	if err != nil {
		return err
	}
	if *asJSON {
		out := make([]sourceJSON, 0, len(c.Articles))
		for _, a := range c.Articles {
			out = append(out, sourceJSON{ID: a.ID, Title: a.Title, Outlet: a.Outlet,
				Published: a.Published.Format("2006-01-02"), URL: a.URL, Authors: a.Authors, Passages: len(a.Passages)})
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tOUTLET\tPASSAGES\tTITLE")
	for _, a := range c.Articles {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%s\n", a.ID, a.Published.Format("2006-01-02"), truncateRunes(a.Outlet, 30), len(a.Passages), a.Title)
		link := a.URL
		if link == "" {
			link = "(no confirmed link)"
		}
		fmt.Fprintf(tw, "\t\t\t\t%s\n", link)
	}
	return tw.Flush()
}
