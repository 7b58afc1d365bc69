package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/coveragebot/coveragebot/search"
)

// runResult is what one run of the program produced.
type runResult struct {
	stdout, stderr string
	err            error
}

// runWith runs the program as a process would, with env as its environment
// and no .env file.
func runWith(t *testing.T, env map[string]string, stdin string, args ...string) runResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err := run(context.Background(), args, getenv, strings.NewReader(stdin), &stdout, &stderr)
	return runResult{stdout.String(), stderr.String(), err}
}

func TestRunUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"frobnicate"}, 2},
		{[]string{"help"}, 0},
		{[]string{"ask", "--limit", "0", "x"}, 2},
		{[]string{"ask", "--nosuchflag", "x"}, 2},
		{[]string{"ask", "--after", "May 3", "x"}, 2},
		{[]string{"check", "a", "b"}, 2},
	}
	for _, tt := range tests {
		r := runWith(t, nil, "", tt.args...)
		if got := exitCodeOf(r.err); got != tt.code {
			t.Errorf("run(%q) exit status = %d (err %v), want %d", tt.args, got, r.err, tt.code)
		}
	}
	if r := runWith(t, nil, "", "help"); !strings.Contains(r.stdout, "coveragebot ask") {
		t.Errorf("help printed %q, want the usage", r.stdout)
	}
}

func exitCodeOf(err error) int {
	if err == nil {
		return 0
	}
	return exitCode(err)
}

func TestVersion(t *testing.T) {
	r := runWith(t, nil, "", "version")
	if r.err != nil || !strings.HasPrefix(r.stdout, "coveragebot ") {
		t.Errorf("version = %q, %v; want a version line", r.stdout, r.err)
	}
}

func TestAskJSON(t *testing.T) {
	r := runWith(t, nil, "", "ask", "--json", "Did", "Sheinbaum", "accept", "U.S.", "troops?")
	if r.err != nil {
		t.Fatalf("ask: %v\nstderr: %s", r.err, r.stderr)
	}
	var out map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("ask --json printed %q: %v", r.stdout, err)
	}
	for _, k := range []string{"question", "results", "no_match"} {
		if _, ok := out[k]; !ok {
			t.Errorf("ask --json has no %q key: %s", k, r.stdout)
		}
	}
	var ans askOutput
	if err := json.Unmarshal([]byte(r.stdout), &ans); err != nil {
		t.Fatal(err)
	}
	if ans.Question != "Did Sheinbaum accept U.S. troops?" {
		t.Errorf("question = %q, want the words joined", ans.Question)
	}
	if ans.NoMatch || len(ans.Results) == 0 || len(ans.Results) > 3 {
		t.Fatalf("ask found %d results (no_match %v), want 1 to 3", len(ans.Results), ans.NoMatch)
	}
	var results []map[string]any
	json.Unmarshal(out["results"], &results)
	for _, k := range []string{"article_id", "title", "outlet", "published", "url", "passage", "quote", "score"} {
		if _, ok := results[0][k]; !ok {
			t.Errorf("result has no %q key: %v", k, results[0])
		}
	}
	for _, res := range ans.Results {
		if res.Title == "" || res.Outlet == "" || len(res.Published) != len("2025-01-31") {
			t.Errorf("result lacks its article's metadata: %+v", res)
		}
		if res.Quote == "" || !strings.Contains(res.Passage, res.Quote) {
			t.Errorf("quote %q is not part of its passage %q", res.Quote, res.Passage)
		}
	}
}

func TestAskText(t *testing.T) {
	r := runWith(t, nil, "", "ask", "--limit", "2", "Sheinbaum troops")
	if r.err != nil {
		t.Fatalf("ask: %v", r.err)
	}
	for _, want := range []string{"Q: Sheinbaum troops", "1. ", "2. ", "— ", "matching passages shown"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("ask printed\n%s\nwant it to contain %q", r.stdout, want)
		}
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("ask printed ANSI escapes to a non-terminal:\n%q", r.stdout)
	}
}

func TestAskNoMatch(t *testing.T) {
	r := runWith(t, nil, "", "ask", "--json", "best pizza recipe")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var ans askOutput
	if err := json.Unmarshal([]byte(r.stdout), &ans); err != nil {
		t.Fatal(err)
	}
	if !ans.NoMatch || len(ans.Results) != 0 {
		t.Errorf("ask(best pizza recipe) = %d results, no_match %v; want none and no_match", len(ans.Results), ans.NoMatch)
	}
	r = runWith(t, nil, "", "ask", "best pizza recipe")
	if !strings.Contains(r.stdout, "doesn't answer") {
		t.Errorf("ask printed %q, want a no-match sentence", r.stdout)
	}
}

func TestAskBadQuestion(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"empty", []string{"ask", ""}},
		{"blank", []string{"ask", "   "}},
		{"none", []string{"ask"}},
		{"too long", []string{"ask", strings.Repeat("troops ", 150)}},
	}
	for _, tt := range tests {
		r := runWith(t, nil, "", tt.args...)
		if code := exitCodeOf(r.err); code != 2 {
			t.Errorf("%s question: exit status %d (err %v), want 2", tt.name, code, r.err)
		}
		if r.err != nil && !strings.Contains(r.err.Error(), "question") {
			t.Errorf("%s question: error %q does not say what is wrong", tt.name, r.err)
		}
	}
}

func TestAskQuerySyntaxIsText(t *testing.T) {
	for _, q := range []string{`U.S.-Mexico: trade?`, `"`, `+troops -cartels`, `tariffs*`, `Sheinbaum~2 ^3 \`, `@everyone`} {
		r := runWith(t, nil, "", "ask", "--json", q)
		if r.err != nil {
			t.Errorf("ask(%q): %v", q, r.err)
		}
	}
}

func TestAskStdinJSONLines(t *testing.T) {
	in := "Did Sheinbaum accept U.S. troops?\n\nbest pizza recipe\n" + strings.Repeat("x", 1001) + "\nWhat tariffs did Trump impose?\n"
	r := runWith(t, nil, in, "ask", "--json", "-")
	if code := exitCodeOf(r.err); code != 2 {
		t.Errorf("ask - with one bad line: exit status %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 4 {
		t.Fatalf("ask - printed %d lines, want 4 (blank line skipped):\n%s", len(lines), r.stdout)
	}
	wantQ := []string{"Did Sheinbaum accept U.S. troops?", "best pizza recipe", strings.Repeat("x", 1001), "What tariffs did Trump impose?"}
	for i, line := range lines {
		var ans askOutput
		if err := json.Unmarshal([]byte(line), &ans); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if ans.Question != wantQ[i] {
			t.Errorf("line %d question = %.40q, want %.40q", i+1, ans.Question, wantQ[i])
		}
	}
	if !strings.Contains(lines[2], `"error"`) {
		t.Errorf("the over-long question's line has no error: %.200s", lines[2])
	}
}

func TestAskSourceFilter(t *testing.T) {
	r := runWith(t, nil, "", "sources", "--json")
	if r.err != nil {
		t.Fatal(r.err)
	}
	var srcs []sourceJSON
	if err := json.Unmarshal([]byte(r.stdout), &srcs); err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 5 {
		t.Fatalf("sources lists %d articles, want 5", len(srcs))
	}
	id := srcs[0].ID
	r = runWith(t, nil, "", "ask", "--json", "--limit", "5", "--source", id, "Mexico cartels")
	var ans askOutput
	if err := json.Unmarshal([]byte(r.stdout), &ans); err != nil {
		t.Fatal(err)
	}
	for _, res := range ans.Results {
		if res.ArticleID != id {
			t.Errorf("ask --source %s returned article %s", id, res.ArticleID)
		}
	}
}

func TestCheckEmbedded(t *testing.T) {
	r := runWith(t, nil, "", "check")
	if r.err != nil {
		t.Fatalf("check: %v\n%s", r.err, r.stdout)
	}
	if !strings.Contains(r.stdout, "5 articles") || !strings.Contains(r.stdout, "0 errors") {
		t.Errorf("check printed\n%s\nwant 5 articles and 0 errors", r.stdout)
	}
}

func TestCheckBadFolder(t *testing.T) {
	dir := folderWithArticle(t)
	os.WriteFile(filepath.Join(dir, "bad.md"), []byte("---\ntitle: No outlet\npublished: 2025-13-45\n---\nBody.\n"), 0o644)
	r := runWith(t, nil, "", "check", dir)
	if code := exitCodeOf(r.err); code != 1 {
		t.Errorf("check of a bad folder: exit status %d, want 1", code)
	}
	for _, want := range []string{"ok    good.md", "FAIL  bad.md", "bad.md:3:", "bad.md:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("check printed\n%s\nwant it to contain %q", r.stdout, want)
		}
	}
	r = runWith(t, map[string]string{"CORPUS_DIR": filepath.Join(dir, "missing")}, "", "check")
	if r.err == nil || errors.Is(r.err, errSilent) {
		t.Errorf("check of a missing folder: err = %v, want a message", r.err)
	}
}

// A synonym term the search cannot use is a warning at its line: the folder
// still loads, and the moderator learns what to change.
func TestCheckSynonymWarnings(t *testing.T) {
	dir := folderWithArticle(t)
	os.WriteFile(filepath.Join(dir, "synonyms.txt"), []byte("troops, soldiers\nphone call, phone, telephone\n"), 0o644)
	r := runWith(t, nil, "", "check", dir)
	if r.err != nil {
		t.Fatalf("check: %v\n%s", r.err, r.stdout)
	}
	want := `warning: synonyms.txt:2: "phone call" is 2 words to the search`
	if !strings.Contains(r.stdout, want) || !strings.Contains(r.stdout, "0 errors") {
		t.Errorf("check printed\n%s\nwant %q and 0 errors", r.stdout, want)
	}
}

// /reload reports the same synonym warnings as check.
func TestReloadReportsSynonymWarnings(t *testing.T) {
	dir := folderWithArticle(t)
	c, err := loadCorpus(dir)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := search.New(c, search.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	os.WriteFile(filepath.Join(dir, "synonyms.txt"), []byte("troops, soldiers\nphone call, phone, telephone\n"), 0o644)
	ch, err := dirReloader{ix: ix, dir: dir}.Reload(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range ch.Warnings {
		got = append(got, w.String())
	}
	if !slices.ContainsFunc(got, func(w string) bool { return strings.HasPrefix(w, `synonyms.txt:2: "phone call"`) }) {
		t.Errorf("reload warnings = %q, want one for synonyms.txt:2", got)
	}
}

// folderWithArticle returns a new corpus folder holding one of the
// embedded articles, as good.md.
func folderWithArticle(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join("..", "..", "corpus", "articles", firstArticle(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "good.md"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func firstArticle(t *testing.T) string {
	t.Helper()
	m, _ := filepath.Glob(filepath.Join("..", "..", "corpus", "articles", "*.md"))
	if len(m) == 0 {
		t.Fatal("no articles in corpus/articles")
	}
	return filepath.Base(m[0])
}

func TestSourcesText(t *testing.T) {
	r := runWith(t, nil, "", "sources")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if n := strings.Count(r.stdout, "2025-"); n != 5 {
		t.Errorf("sources printed %d dated rows, want 5:\n%s", n, r.stdout)
	}
}

func TestConfig(t *testing.T) {
	c, err := loadConfig(func(k string) string {
		return map[string]string{"DISCORD_TOKEN": "s3cret.t0ken", "MODERATOR_ROLE_IDS": " 1, 2 ,,", "ASK_COOLDOWN": "10s"}[k]
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.ModeratorRoleIDs) != 2 || c.AskCooldown.Seconds() != 10 {
		t.Errorf("loadConfig = %+v", c)
	}
	if s := c.String(); strings.Contains(s, "s3cret") || !strings.Contains(s, "<redacted>") {
		t.Errorf("config.String() = %q, want the token redacted", s)
	}
	bad := map[string]string{"LOG_LEVEL": "loud", "LOG_FORMAT": "xml", "ASK_COOLDOWN": "soon", "DISCORD_API_URL": "ftp://x"}
	_, err = loadConfig(func(k string) string { return bad[k] })
	for k := range bad {
		if err == nil || !strings.Contains(err.Error(), k) {
			t.Errorf("loadConfig with bad %s: err = %v, want it named", k, err)
		}
	}
	if err := (config{}).requireDiscord(); err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") {
		t.Errorf("requireDiscord without a token = %v, want DISCORD_TOKEN named", err)
	}
}
