package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/bot/fakediscord"
)

// lockedBuffer collects the log while the bot writes to it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// copyArticles copies the default articles into a folder the test may break.
func copyArticles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	src := filepath.Join("..", "..", "corpus", "articles")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	serveToken = "fake-serve-token-9876543210"
	serveGuild = "510000000000000000"
	serveWait  = 10 * time.Second // generous: this must pass on a loaded machine
)

// reply is a request body as Discord would read it.
type reply map[string]any

func (r reply) data() reply { d, _ := r["data"].(map[string]any); return d }

func (r reply) text() string { b, _ := json.Marshal(r); return string(b) }

func (r reply) flags() int { f, _ := r["flags"].(float64); return int(f) }

func (r reply) noPings() bool {
	am, _ := r["allowed_mentions"].(map[string]any)
	p, ok := am["parse"].([]any)
	return ok && len(p) == 0
}

// button returns the custom_id of the button with this label.
func (r reply) button(label string) string {
	rows, _ := r["components"].([]any)
	for _, row := range rows {
		cs, _ := row.(map[string]any)["components"].([]any)
		for _, c := range cs {
			b := c.(map[string]any)
			if b["label"] == label {
				id, _ := b["custom_id"].(string)
				return id
			}
		}
	}
	return ""
}

// TestServeEndToEnd runs the program's serve command against a fake
// Discord on 127.0.0.1 and checks what Discord receives.
func TestServeEndToEnd(t *testing.T) {
	f := fakediscord.Start()
	defer f.Close()
	dir := copyArticles(t)
	env := map[string]string{
		"DISCORD_TOKEN":      serveToken,
		"DISCORD_API_URL":    f.URL(),
		"DISCORD_GUILD_ID":   serveGuild,
		"MODERATOR_ROLE_IDS": "710, 711",
		"CORPUS_DIR":         dir,
		"ASK_COOLDOWN":       "0",
		"LOG_LEVEL":          "debug",
	}
	logs := &lockedBuffer{}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, logs)
	}()

	// Registration: the four commands, to the test guild, with the token.
	reg, err := f.WaitFor(serveWait, func(r fakediscord.Request) bool { return r.Method == "PUT" })
	if err != nil {
		select {
		case err := <-done:
			t.Fatalf("run = %v before registering commands\nlog:\n%s", err, logs)
		default:
		}
		t.Fatal(err)
	}
	if want := "/api/v9/applications/" + f.AppID + "/guilds/" + serveGuild + "/commands"; reg.Path != want {
		t.Errorf("commands registered at %s, want %s", reg.Path, want)
	}
	var cmds []struct {
		Name        string `json:"name"`
		Permissions string `json:"default_member_permissions"`
	}
	if err := json.Unmarshal(reg.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, c := range cmds {
		got[c.Name] = c.Permissions
	}
	if len(got) != 4 || got["reload"] != "32" {
		t.Errorf("registered %v, want ask, sources, help and reload (Manage Server)", got)
	}
	if reg.Auth != "Bot "+serveToken {
		t.Errorf("REST Authorization = %q", reg.Auth)
	}
	if err := f.WaitHeartbeats(serveWait, 1); err != nil {
		t.Error(err)
	}

	member := fakediscord.Member{UserID: "610000000000000001"}
	mod := fakediscord.Member{UserID: "610000000000000002", Roles: []string{"711"}}
	send := func(i map[string]any) {
		t.Helper()
		if err := f.Interact(i); err != nil {
			t.Fatal(err)
		}
	}
	// first returns the bot's answer to interaction id: the first response,
	// or the edit that follows a deferred one.
	first := func(id string) reply {
		t.Helper()
		req, err := f.WaitPath(serveWait, "POST", fakediscord.CallbackPath(id, "tok-"+id))
		if err != nil {
			t.Fatalf("%v\nlog:\n%s", err, logs)
		}
		var r reply
		if err := json.Unmarshal(req.Body, &r); err != nil {
			t.Fatal(err)
		}
		switch r["type"].(float64) {
		case 5, 6:
			edit, err := f.WaitPath(serveWait, "PATCH", f.OriginalPath("tok-"+id))
			if err != nil {
				t.Fatal(err)
			}
			var e reply
			if err := json.Unmarshal(edit.Body, &e); err != nil {
				t.Fatal(err)
			}
			return e
		}
		return r.data()
	}

	// /ask, narrowed to one article: a quote, its title and link, no pings.
	send(f.SlashCommand("1", "tok-1", serveGuild, member, "ask",
		fakediscord.String("question", "Is Mexico open to more U.S. boots on the ground?"),
		fakediscord.String("source", "nysun-boots-on-the-ground")))
	a := first("1")
	for _, want := range []string{"Is Mexico open to more U.S. boots on the ground?", `"value":"\u003e `, "**",
		"Mexico Is Open to ‘More U.S. Boots on the Ground’ in War on Cartels",
		"https://www.nysun.com/article/mexico-is-open-to-more-u-s-boots-on-the-ground-in-war-on-cartels",
		"The New York Sun, Jan 31, 2025", "matched"} {
		if !strings.Contains(a.text(), want) {
			t.Errorf("/ask answer lacks %q:\n%s", want, a.text())
		}
	}
	if !a.noPings() {
		t.Errorf("/ask allowed_mentions = %v, want an empty parse list", a["allowed_mentions"])
	}

	// A broad question has more pages; More pages through them.
	send(f.SlashCommand("2", "tok-2", serveGuild, member, "ask", fakediscord.String("question", "What did Sheinbaum say to Trump about troops?")))
	a = first("2")
	more := a.button("More")
	if more == "" {
		t.Fatalf("broad /ask has no More button:\n%s", a.text())
	}
	send(f.ButtonClick("3", "tok-3", serveGuild, member, more, a))
	p := first("3")
	if !strings.Contains(p.text(), "showing 4–") || !strings.Contains(p.text(), "What did Sheinbaum say to Trump about troops?") || !p.noPings() {
		t.Errorf("page 2 = %s", p.text())
	}

	// Autocomplete for the source option.
	send(f.Autocomplete("4", "tok-4", serveGuild, member, "ask", fakediscord.String("question", "x"), fakediscord.Typing("source", "nysun")))
	req, err := f.WaitPath(serveWait, "POST", fakediscord.CallbackPath("4", "tok-4"))
	if err != nil {
		t.Fatal(err)
	}
	var ac reply
	_ = json.Unmarshal(req.Body, &ac)
	choices, _ := ac.data()["choices"].([]any)
	if ac["type"] != 8.0 || len(choices) != 2 || !strings.Contains(ac.text(), "nysun-boots-on-the-ground") {
		t.Errorf("autocomplete = %s, want the two New York Sun articles", ac.text())
	}

	// /reload: refused for a member, done for a moderator.
	send(f.SlashCommand("5", "tok-5", serveGuild, member, "reload"))
	if r := first("5"); !strings.Contains(r.text(), "Only moderators") || r.flags() != 64 {
		t.Errorf("/reload by a member = %s", r.text())
	}
	extra := "---\ntitle: A new article about the border\noutlet: Test Gazette\npublished: 2025-06-01\nurl: https://example.com/border\n---\nThe border talks went on late into the night.\n"
	if err := os.WriteFile(filepath.Join(dir, "test-gazette-border.md"), []byte(extra), 0o644); err != nil {
		t.Fatal(err)
	}
	send(f.SlashCommand("6", "tok-6", serveGuild, mod, "reload"))
	if r := first("6"); !strings.Contains(r.text(), "Reloaded: 6 articles") || !strings.Contains(r.text(), "Added (1)") {
		t.Errorf("/reload by a moderator = %s", r.text())
	}

	// A broken corpus: each problem by file and line; the old one serves.
	broken := "---\ntitle: Broken\noutlet: Test Gazette\npublished: not-a-date\n---\nText.\n"
	if err := os.WriteFile(filepath.Join(dir, "test-gazette-broken.md"), []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	send(f.SlashCommand("7", "tok-7", serveGuild, mod, "reload"))
	r := first("7")
	if !strings.Contains(r.text(), `test\\-gazette\\-broken.md:4:`) || !strings.Contains(r.text(), "still served") {
		t.Errorf("/reload of a broken corpus = %s", r.text())
	}
	send(f.SlashCommand("8", "tok-8", serveGuild, member, "ask", fakediscord.String("question", "What about the border talks?"),
		fakediscord.String("source", "test-gazette-border")))
	if a := first("8"); !strings.Contains(a.text(), "late into the night") {
		t.Errorf("/ask after a failed reload = %s, want the corpus of the last good reload", a.text())
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("run = %v after cancel, want nil", err)
		}
	case <-time.After(serveWait):
		t.Fatal("run did not return after cancel")
	}
	if err := f.WaitDisconnected(serveWait); err != nil {
		t.Error(err)
	}
	out := logs.String()
	if strings.Contains(out, serveToken) {
		t.Errorf("the token appears in the log:\n%s", out)
	}
	if !strings.Contains(out, "token=<redacted>") {
		t.Errorf("the log does not show the configuration with the token redacted:\n%s", out)
	}
	for _, want := range []string{"msg=interaction", "cmd=ask", "guild=" + serveGuild, "user=" + member.UserID, "results=", "latency="} {
		if !strings.Contains(out, want) {
			t.Errorf("the log lacks %q", want)
		}
	}
	for _, r := range f.Requests() {
		if !strings.HasPrefix(r.Path, "/api/v9/") {
			t.Errorf("unexpected request %s", r)
		}
	}
}

func TestServeWithoutToken(t *testing.T) {
	r := runWith(t, map[string]string{}, "", "serve")
	if r.err == nil || !strings.Contains(r.err.Error(), "DISCORD_TOKEN") || strings.Count(r.err.Error(), "\n") > 0 {
		t.Errorf("serve without a token = %v, want a one-line error naming DISCORD_TOKEN", r.err)
	}
}
