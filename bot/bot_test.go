package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/bot/fakediscord"
	"github.com/coveragebot/coveragebot/corpus"
)

// These tests run the real bot against a fake Discord on 127.0.0.1 and
// check what Discord would receive.

const (
	testToken = "fake-token-0123456789"
	testGuild = "500000000000000000"
	wait      = 10 * time.Second // generous: the tests must pass on a loaded machine
)

var (
	asker     = fakediscord.Member{UserID: "600000000000000001"}
	other     = fakediscord.Member{UserID: "600000000000000002"}
	moderator = fakediscord.Member{UserID: "600000000000000003", Roles: []string{"700"}}
	admin     = fakediscord.Member{UserID: "600000000000000004", Permissions: 1 << 5}
)

// syncBuffer is a log destination safe to read while the bot writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// running is a bot started against a fake Discord.
type running struct {
	f    *fakediscord.Server
	logs *syncBuffer
	stop func() error
}

// startBot runs a bot against a new fake Discord until the test ends and
// waits for it to register its commands.
func startBot(t *testing.T, o Options, tweak func(*Bot)) *running {
	t.Helper()
	f := fakediscord.Start()
	t.Cleanup(f.Close)
	logs := &syncBuffer{}
	o.Token, o.APIURL = testToken, f.URL()
	if o.GuildID == "" {
		o.GuildID = testGuild
	} else if o.GuildID == "global" {
		o.GuildID = ""
	}
	o.Logger = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if o.Searcher == nil {
		o.Searcher = answering(nil)
	}
	b, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	if tweak != nil {
		tweak(b)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	var runErr error
	go func() { runErr = b.Run(ctx); close(done) }()
	stop := func() error {
		cancel()
		select {
		case <-done:
			return runErr
		case <-time.After(wait):
			return errors.New("Run did not return after cancel")
		}
	}
	t.Cleanup(func() {
		if err := stop(); err != nil {
			t.Errorf("Run = %v, want nil", err)
		}
		if strings.Contains(logs.String(), testToken) {
			t.Errorf("the token appears in the log:\n%s", logs)
		}
	})
	if _, err := f.WaitFor(wait, func(r fakediscord.Request) bool { return r.Method == "PUT" }); err != nil {
		select {
		case <-done:
			t.Fatalf("Run = %v before registering commands", runErr)
		default:
		}
		t.Fatal(err)
	}
	return &running{f: f, logs: logs, stop: stop}
}

// answering is a searcher over testCorpus that answers every question with
// its results paged as the query asks, and records the queries.
func answering(queries chan<- corpus.Query) *fakeSearcher {
	c := testCorpus()
	all := []corpus.Result{
		result(c, "gazette-troops", "Sheinbaum said @everyone knows Mexico rejects U.S. troops.", "troops"),
		result(c, "ledger-boots", "Boots on the ground would be a mistake.", "Boots"),
		result(c, "ledger-warms", "Talks were *warm*.", "Talks"),
		result(c, "gazette-troops", "A fourth passage about troops.", "troops"),
	}
	return &fakeSearcher{
		CorpusFn: func() *corpus.Corpus { return c },
		SearchFn: func(ctx context.Context, q corpus.Query) (*corpus.Answer, error) {
			if queries != nil {
				queries <- q
			}
			a := &corpus.Answer{Question: q.Text, Total: len(all)}
			if strings.Contains(q.Text, "World Cup") {
				return &corpus.Answer{Question: q.Text, NoMatch: true}, nil
			}
			for i := q.Offset; i < len(all) && i < q.Offset+q.Limit; i++ {
				a.Results = append(a.Results, all[i])
			}
			return a, nil
		},
	}
}

// sent is a request body decoded as generic JSON, as Discord reads it.
type sent map[string]any

func decode(t *testing.T, r fakediscord.Request) sent {
	t.Helper()
	var m sent
	if err := json.Unmarshal(r.Body, &m); err != nil {
		t.Fatalf("%s: body %q: %v", r, r.Body, err)
	}
	return m
}

// callback waits for the first response to interaction id.
func (r *running) callback(t *testing.T, id string) sent {
	t.Helper()
	req, err := r.f.WaitPath(wait, "POST", fakediscord.CallbackPath(id, "tok-"+id))
	if err != nil {
		t.Fatal(err)
	}
	return decode(t, req)
}

// interact sends an interaction built by build with id and token "tok-"+id.
func (r *running) interact(t *testing.T, i map[string]any) {
	t.Helper()
	if err := r.f.Interact(i); err != nil {
		t.Fatal(err)
	}
}

func (s sent) typ() int { f, _ := s["type"].(float64); return int(f) }

func (s sent) data() sent { d, _ := s["data"].(map[string]any); return d }

func (s sent) flags() int { f, _ := s["flags"].(float64); return int(f) }

// text returns all of a message's text, for looking for words in it.
func (s sent) text() string { b, _ := json.Marshal(s); return string(b) }

// customIDs returns the custom_id of each button in a message.
func (s sent) customIDs() []string {
	var ids []string
	rows, _ := s["components"].([]any)
	for _, row := range rows {
		cs, _ := row.(map[string]any)["components"].([]any)
		for _, c := range cs {
			if id, ok := c.(map[string]any)["custom_id"].(string); ok {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

// noPings reports whether a message sends allowed_mentions with an empty
// parse list.
func (s sent) noPings() bool {
	am, ok := s["allowed_mentions"].(map[string]any)
	if !ok {
		return false
	}
	p, ok := am["parse"].([]any)
	return ok && len(p) == 0
}

func TestRunRegistersCommandsAndAnswers(t *testing.T) {
	queries := make(chan corpus.Query, 10)
	r := startBot(t, Options{Searcher: answering(queries)}, nil)
	f := r.f

	reg, _ := f.WaitFor(wait, func(q fakediscord.Request) bool { return q.Method == "PUT" })
	if want := "/api/v9/applications/" + f.AppID + "/guilds/" + testGuild + "/commands"; reg.Path != want {
		t.Errorf("registered at %s, want %s", reg.Path, want)
	}
	if reg.Auth != "Bot "+testToken {
		t.Errorf("Authorization = %q, want the bot token", reg.Auth)
	}
	var cmds []map[string]any
	if err := json.Unmarshal(reg.Body, &cmds); err != nil {
		t.Fatal(err)
	}
	names := map[string]map[string]any{}
	for _, c := range cmds {
		names[c["name"].(string)] = c
	}
	for _, n := range []string{"ask", "sources", "reload", "help"} {
		if names[n] == nil {
			t.Errorf("command %s not registered; got %s", n, reg.Body)
		}
	}
	if p := names["reload"]["default_member_permissions"]; p != "32" {
		t.Errorf("reload default_member_permissions = %v, want \"32\" (Manage Server)", p)
	}
	if err := f.WaitHeartbeats(wait, 1); err != nil {
		t.Error(err)
	}

	// /ask answers directly with the quote, title, link and no pings.
	r.interact(t, f.SlashCommand("1", "tok-1", testGuild, asker, "ask", fakediscord.String("question", "What about troops?")))
	cb := r.callback(t, "1")
	if cb.typ() != 4 {
		t.Fatalf("/ask response type %d, want 4", cb.typ())
	}
	d := cb.data()
	for _, want := range []string{"What about troops?", "**troops**", "Sheinbaum rejects U.S. troops in Mexico",
		"https://example.com/harbor-gazette/troops-rejected", `\\@everyone`, "4 passages matched"} {
		if !strings.Contains(d.text(), want) {
			t.Errorf("/ask answer lacks %q:\n%s", want, d.text())
		}
	}
	if !d.noPings() {
		t.Errorf("/ask allowed_mentions = %v, want an empty parse list", d["allowed_mentions"])
	}
	if d.flags() != 0 {
		t.Errorf("/ask flags = %d, want a public answer", d.flags())
	}
	if q := receive(t, queries); q.Text != "What about troops?" || q.Limit != pageSize || q.Offset != 0 {
		t.Errorf("search got %+v", q)
	}
	ids := d.customIDs()
	if len(ids) != 2 {
		t.Fatalf("buttons %q, want Previous and More", ids)
	}

	// The asker clicks More: the next page replaces the message.
	r.interact(t, f.ButtonClick("2", "tok-2", testGuild, asker, ids[1], d))
	cb = r.callback(t, "2")
	if cb.typ() != 7 {
		t.Fatalf("More response type %d, want 7 (update message)", cb.typ())
	}
	if q := receive(t, queries); q.Text != "What about troops?" || q.Offset != pageSize {
		t.Errorf("More searched %+v, want the same question at offset %d", q, pageSize)
	}
	if txt := cb.data().text(); !strings.Contains(txt, "A fourth passage") || !strings.Contains(txt, "showing 4–4") {
		t.Errorf("page 2 = %s", txt)
	}
	if !cb.data().noPings() {
		t.Error("page 2 allowed_mentions is not empty")
	}

	// Someone else clicks: a private note, and the message stays.
	r.interact(t, f.ButtonClick("3", "tok-3", testGuild, other, ids[1], d))
	cb = r.callback(t, "3")
	if cb.typ() != 4 || cb.data().flags() != 64 || !strings.Contains(cb.data().text(), "Only the person who asked") {
		t.Errorf("click by another member = %s, want a private note", cb.text())
	}

	// Autocomplete offers sources.
	r.interact(t, f.Autocomplete("4", "tok-4", testGuild, asker, "ask", fakediscord.String("question", "x"), fakediscord.Typing("source", "ledger")))
	cb = r.callback(t, "4")
	choices, _ := cb.data()["choices"].([]any)
	if cb.typ() != 8 || len(choices) != 3 {
		t.Errorf("autocomplete = %s, want type 8 with the two ledger articles and their outlet", cb.text())
	}

	// /ask with a source filter and private.
	r.interact(t, f.SlashCommand("5", "tok-5", testGuild, other, "ask", fakediscord.String("question", "boots"),
		fakediscord.String("source", "the valley ledger"), fakediscord.Bool("private", true)))
	cb = r.callback(t, "5")
	if cb.data().flags() != 64 {
		t.Errorf("private /ask flags = %d, want 64", cb.data().flags())
	}
	if q := receive(t, queries); len(q.Sources) != 1 || q.Sources[0] != "The Valley Ledger" {
		t.Errorf("search sources = %q, want the outlet", q.Sources)
	}

	// An unknown source, a question nothing answers.
	r.interact(t, f.SlashCommand("6", "tok-6", testGuild, moderator, "ask", fakediscord.String("question", "boots"), fakediscord.String("source", "bbc")))
	if cb = r.callback(t, "6"); !strings.Contains(cb.text(), "/sources") || cb.data().flags() != 64 {
		t.Errorf("unknown source = %s", cb.text())
	}
	r.interact(t, f.SlashCommand("7", "tok-7", "", asker, "ask", fakediscord.String("question", "Who won the World Cup?")))
	if cb = r.callback(t, "7"); !strings.Contains(cb.text(), "doesn't answer that") {
		t.Errorf("no match = %s", cb.text())
	}

	// /sources and /help answer privately.
	for id, cmd := range map[string]string{"8": "sources", "9": "help"} {
		r.interact(t, f.SlashCommand(id, "tok-"+id, testGuild, asker, cmd))
		cb = r.callback(t, id)
		if cb.typ() != 4 || cb.data().flags() != 64 || !cb.data().noPings() {
			t.Errorf("/%s = %s", cmd, cb.text())
		}
	}
	if !strings.Contains(cb.text(), "3 articles") && !strings.Contains(r.callback(t, "8").text(), "3 articles") {
		t.Errorf("/sources does not list the articles")
	}

	if err := r.stop(); err != nil {
		t.Fatalf("Run = %v, want nil", err)
	}
	if err := f.WaitDisconnected(wait); err != nil {
		t.Error(err)
	}
	logs := r.logs.String()
	for _, want := range []string{"cmd=ask", "guild=" + testGuild, "user=" + asker.UserID, "results=3", "latency=", "cmd=ask:page", "cmd=ask:autocomplete"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestSlowWorkIsDeferredThenEdited(t *testing.T) {
	release := make(chan struct{})
	s := answering(nil)
	fast := s.SearchFn
	s.SearchFn = func(ctx context.Context, q corpus.Query) (*corpus.Answer, error) {
		select {
		case <-release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		return fast(ctx, q)
	}
	r := startBot(t, Options{Searcher: s}, func(b *Bot) { b.directWindow = 50 * time.Millisecond })
	f := r.f

	r.interact(t, f.SlashCommand("1", "tok-1", testGuild, asker, "ask", fakediscord.String("question", "troops"), fakediscord.Bool("private", true)))
	cb := r.callback(t, "1")
	if cb.typ() != 5 || cb.data().flags() != 64 {
		t.Errorf("slow /ask first response = %s, want type 5 with the ephemeral flag", cb.text())
	}
	release <- struct{}{}
	edit, err := f.WaitPath(wait, "PATCH", f.OriginalPath("tok-1"))
	if err != nil {
		t.Fatal(err)
	}
	e := decode(t, edit)
	if !strings.Contains(e.text(), "**troops**") || !e.noPings() {
		t.Errorf("edit = %s, want the answer with an empty allowed_mentions parse list", e.text())
	}

	// A slow page click defers as an update, then edits the message.
	r.interact(t, f.ButtonClick("2", "tok-2", testGuild, asker, e.customIDs()[1], e))
	if cb := r.callback(t, "2"); cb.typ() != 6 {
		t.Errorf("slow click first response type %d, want 6", cb.typ())
	}
	release <- struct{}{}
	edit, err = f.WaitPath(wait, "PATCH", f.OriginalPath("tok-2"))
	if err != nil {
		t.Fatal(err)
	}
	if e := decode(t, edit); !strings.Contains(e.text(), "A fourth passage") {
		t.Errorf("page edit = %s", e.text())
	}
}

// When the gateway connection drops, the bot resumes its session and goes
// on answering: members lose no question to a network failure.
func TestGatewayDropResumes(t *testing.T) {
	r := startBot(t, Options{}, nil)
	f := r.f
	r.interact(t, f.SlashCommand("1", "tok-1", testGuild, asker, "ask", fakediscord.String("question", "troops")))
	r.callback(t, "1")

	f.DropGateway()
	if err := f.WaitResumed(wait, 1); err != nil {
		t.Fatalf("after the gateway dropped: %v\n%s", err, r.logs)
	}
	var resume struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int    `json:"seq"`
	}
	if err := json.Unmarshal(f.Resumes()[0], &resume); err != nil {
		t.Fatal(err)
	}
	if resume.SessionID != "fake-session" || resume.Seq < 2 || !strings.HasSuffix(resume.Token, testToken) {
		t.Errorf("resume = session %q, seq %d, want the session of READY and the last sequence", resume.SessionID, resume.Seq)
	}
	if n := len(f.Identify()); n != 1 {
		t.Errorf("%d IDENTIFY sent, want 1: a dropped connection resumes the session", n)
	}

	r.interact(t, f.SlashCommand("2", "tok-2", testGuild, other, "ask", fakediscord.String("question", "troops")))
	if cb := r.callback(t, "2"); !strings.Contains(cb.text(), "**troops**") {
		t.Errorf("question after the resume = %s, want an answer", cb.text())
	}
}

// A question sent as the gateway connection fails is not lost: Discord
// sends it again when the bot resumes, and the bot answers it.
func TestQuestionDuringGatewayDropIsAnswered(t *testing.T) {
	r := startBot(t, Options{}, nil)
	f := r.f
	r.interact(t, f.SlashCommand("1", "tok-1", testGuild, asker, "ask", fakediscord.String("question", "troops")))
	r.callback(t, "1")

	f.DropGateway()
	_ = f.Interact(f.SlashCommand("2", "tok-2", testGuild, other, "ask", fakediscord.String("question", "troops")))
	if err := f.WaitResumed(wait, 1); err != nil {
		t.Fatalf("after the gateway dropped: %v\n%s", err, r.logs)
	}
	if cb := r.callback(t, "2"); !strings.Contains(cb.text(), "**troops**") {
		t.Errorf("question sent as the gateway dropped = %s, want an answer", cb.text())
	}
}

func TestSearchErrorIsAFriendlyNote(t *testing.T) {
	s := answering(nil)
	s.SearchFn = func(context.Context, corpus.Query) (*corpus.Answer, error) {
		return nil, errors.New("index on fire")
	}
	r := startBot(t, Options{Searcher: s}, nil)
	r.interact(t, r.f.SlashCommand("1", "tok-1", testGuild, asker, "ask", fakediscord.String("question", "troops")))
	cb := r.callback(t, "1")
	if !strings.Contains(cb.text(), "Something went wrong") || strings.Contains(cb.text(), "fire") || cb.data().flags() != 64 {
		t.Errorf("search error reply = %s", cb.text())
	}
	if err := r.stop(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.logs.String(), "index on fire") {
		t.Errorf("the log lacks the search error:\n%s", r.logs)
	}
}

func TestAskCooldown(t *testing.T) {
	r := startBot(t, Options{AskCooldown: time.Hour}, nil)
	f := r.f
	r.interact(t, f.SlashCommand("1", "tok-1", testGuild, asker, "ask", fakediscord.String("question", "troops")))
	r.callback(t, "1")
	r.interact(t, f.SlashCommand("2", "tok-2", testGuild, asker, "ask", fakediscord.String("question", "troops")))
	if cb := r.callback(t, "2"); !strings.Contains(cb.text(), "wait") || cb.data().flags() != 64 {
		t.Errorf("second question within the cooldown = %s, want a private note", cb.text())
	}
	r.interact(t, f.SlashCommand("3", "tok-3", testGuild, other, "ask", fakediscord.String("question", "troops")))
	if cb := r.callback(t, "3"); !strings.Contains(cb.text(), "**troops**") {
		t.Errorf("another member's question = %s, want an answer", cb.text())
	}
}

func TestReload(t *testing.T) {
	var calls atomic.Int32
	broken := &corpus.LoadError{Problems: []corpus.Problem{{File: "ledger-boots.md", Line: 4, Msg: "date: not a date"}}}
	rl := &fakeReloader{ReloadFn: func(context.Context) (corpus.Change, error) {
		if calls.Add(1) == 1 {
			return corpus.Change{Added: []string{"new-article"}, Articles: 4, Passages: 12}, nil
		}
		return corpus.Change{}, broken
	}}
	r := startBot(t, Options{Reloader: rl, ModeratorRoleIDs: []string{"700"}}, nil)
	f := r.f

	r.interact(t, f.SlashCommand("1", "tok-1", testGuild, asker, "reload"))
	if cb := r.callback(t, "1"); !strings.Contains(cb.text(), "Only moderators") || cb.data().flags() != 64 {
		t.Errorf("/reload by a member = %s", cb.text())
	}
	r.interact(t, f.SlashCommand("2", "tok-2", "", moderator, "reload"))
	if cb := r.callback(t, "2"); !strings.Contains(cb.text(), "Only moderators") {
		t.Errorf("/reload in a DM = %s", cb.text())
	}
	if n := calls.Load(); n != 0 {
		t.Fatalf("refused reloads called Reload %d times", n)
	}

	r.interact(t, f.SlashCommand("3", "tok-3", testGuild, moderator, "reload"))
	cb := r.callback(t, "3")
	if cb.data().flags() != 64 || !strings.Contains(cb.text(), "Reloaded: 4 articles, 12 passages") || !strings.Contains(cb.text(), "new\\\\-article") {
		t.Errorf("/reload by a moderator role = %s", cb.text())
	}

	r.interact(t, f.SlashCommand("4", "tok-4", testGuild, admin, "reload"))
	cb = r.callback(t, "4")
	if !strings.Contains(cb.text(), "ledger\\\\-boots.md:4: date: not a date") || !strings.Contains(cb.text(), "still served") {
		t.Errorf("/reload of a broken corpus = %s", cb.text())
	}
}

func TestReloadEmbedded(t *testing.T) {
	r := startBot(t, Options{}, nil)
	r.interact(t, r.f.SlashCommand("1", "tok-1", testGuild, admin, "reload"))
	if cb := r.callback(t, "1"); !strings.Contains(cb.text(), "CORPUS_DIR") || cb.data().flags() != 64 {
		t.Errorf("/reload with the embedded corpus = %s", cb.text())
	}
}

func TestRespondFailures(t *testing.T) {
	r := startBot(t, Options{}, nil)
	f := r.f
	var attempts sync.Map // path → *atomic.Int32
	f.OnRequest(func(q fakediscord.Request) (fakediscord.Reply, bool) {
		n, _ := attempts.LoadOrStore(q.Path, new(atomic.Int32))
		k := n.(*atomic.Int32).Add(1)
		switch {
		case q.Path == fakediscord.CallbackPath("1", "tok-1") && k == 1:
			return fakediscord.Reply{Status: 500, Body: `{"message":"Internal Server Error","code":0}`}, true
		case q.Path == fakediscord.CallbackPath("2", "tok-2") && k == 1:
			return fakediscord.Reply{Status: 429, Body: `{"message":"You are being rate limited.","retry_after":0.05,"global":false}`}, true
		case q.Path == fakediscord.CallbackPath("3", "tok-3"):
			return fakediscord.Reply{Status: 500, Body: `{"message":"Internal Server Error","code":0}`}, true
		}
		return fakediscord.Reply{}, false
	})
	for _, id := range []string{"1", "2", "3", "4"} {
		r.interact(t, f.SlashCommand(id, "tok-"+id, testGuild, fakediscord.Member{UserID: "8" + id}, "help"))
	}
	for _, id := range []string{"1", "2", "4"} {
		path := fakediscord.CallbackPath(id, "tok-"+id)
		if _, err := f.WaitFor(wait, func(q fakediscord.Request) bool {
			n, ok := attempts.Load(path)
			return ok && q.Path == path && n.(*atomic.Int32).Load() >= map[bool]int32{true: 2, false: 1}[id != "4"]
		}); err != nil {
			t.Errorf("interaction %s: %v", id, err)
		}
	}
	if err := r.stop(); err != nil {
		t.Fatalf("Run = %v after failed responses, want nil", err)
	}
	logs := r.logs.String()
	if !strings.Contains(logs, "outcome=failed") || !strings.Contains(logs, "HTTP 500") {
		t.Errorf("the log does not report the failed response:\n%s", logs)
	}
	if strings.Contains(logs, "tok-3") {
		t.Errorf("the log shows an interaction token:\n%s", logs)
	}
	for _, id := range []string{"1", "2"} {
		if !strings.Contains(logs, fmt.Sprintf("interaction=%s outcome=answered", id)) && !strings.Contains(logs, "interaction="+id) {
			t.Errorf("no log line for interaction %s", id)
		}
	}
}

func TestRegistersGloballyWithoutGuild(t *testing.T) {
	r := startBot(t, Options{GuildID: "global", AppID: "123"}, nil)
	reg, err := r.f.WaitFor(wait, func(q fakediscord.Request) bool { return q.Method == "PUT" })
	if err != nil {
		t.Fatal(err)
	}
	if want := "/api/v9/applications/123/commands"; reg.Path != want {
		t.Errorf("commands registered at %s, want %s (global, with DISCORD_APP_ID)", reg.Path, want)
	}
}

// receive waits for the next value on ch, failing the test rather than
// hanging when none comes.
func receive[T any](t *testing.T, ch <-chan T) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatal("nothing received in 10s")
	}
	var zero T
	return zero
}
