package bot

import (
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

func TestFitPlain(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"Short.", 10, "Short."},
		{"One sentence. Two sentences here. Three.", 35, "One sentence. Two sentences here.…"},
		{"One sentence. Two sentences here. Three.", 20, "One sentence.…"},
		{"No sentence end in this long text", 20, "No sentence end in…"},
		{"Supercalifragilistic", 10, "Supercali…"},
		{"Quoted “end.” Then more text follows", 20, "Quoted “end.”…"},
		{"😀😀😀😀", 5, "😀😀…"},
	}
	for _, tt := range tests {
		got := fitPlain(tt.in, tt.max)
		if got != tt.want {
			t.Errorf("fitPlain(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
		if textLen(got) > tt.max {
			t.Errorf("fitPlain(%q, %d) = %q is %d long", tt.in, tt.max, got, textLen(got))
		}
	}
}

func TestFitQuoteKeepsMarkupWhole(t *testing.T) {
	quote := "First *sentence* here. Second sentence with a match. Third one."
	i := strings.Index(quote, "match")
	got := fitQuote(quote, []corpus.Span{{Start: i, End: i + 5}}, 64)
	want := "> First \\*sentence\\* here. Second sentence with a **match**. …"
	if got != want {
		t.Errorf("fitQuote = %q, want %q", got, want)
	}
	got = fitQuote(quote, []corpus.Span{{Start: i, End: i + 5}}, 40)
	if want := "> First \\*sentence\\* here. …"; got != want {
		t.Errorf("fitQuote = %q, want %q", got, want)
	}
}

func TestFitLines(t *testing.T) {
	lines := []string{"aaaa", "bbbb", "cccc", "dddd"}
	if got, want := fitLines(lines, 100), "aaaa\nbbbb\ncccc\ndddd"; got != want {
		t.Errorf("fitLines = %q, want %q", got, want)
	}
	got := fitLines(lines, 25)
	if want := "aaaa\nbbbb\n… and 2 more"; got != want {
		t.Errorf("fitLines = %q, want %q", got, want)
	}
}

func TestEscapeMarkdownRoundTrip(t *testing.T) {
	for _, s := range []string{"plain", `a\b*c_d~e` + "`" + `f|g>h#i-j[k]l<m@n`, "@everyone", `\\*`, "ends with \\"} {
		if got := unescapeMarkdown(escapeMarkdown(s)); got != s {
			t.Errorf("unescapeMarkdown(escapeMarkdown(%q)) = %q", s, got)
		}
	}
	if got, want := escapeMarkdown("@everyone **hi**"), `\@everyone \*\*hi\*\*`; got != want {
		t.Errorf("escapeMarkdown = %q, want %q", got, want)
	}
}

func TestRenderQuote(t *testing.T) {
	tests := []struct {
		quote string
		hl    []corpus.Span
		want  string
	}{
		{"troops and more troops", []corpus.Span{{Start: 0, End: 6}, {Start: 16, End: 22}}, "**troops** and more **troops**"},
		{"U.S. troops", []corpus.Span{{Start: 0, End: 4}, {Start: 5, End: 11}}, "**U.S. troops**"},
		{"see https://x.com/a_b.", []corpus.Span{{Start: 4, End: 21}}, "see <https://x.com/a_b>."},
		{"bad span", []corpus.Span{{Start: 5, End: 100}, {Start: -1, End: 2}, {Start: 3, End: 3}}, "bad span"},
		{"é", []corpus.Span{{Start: 1, End: 2}}, "é"}, // inside a rune
		{" padded ", []corpus.Span{{Start: 0, End: 8}}, " **padded** "},
	}
	for _, tt := range tests {
		if got := renderQuote(tt.quote, tt.hl); got != tt.want {
			t.Errorf("renderQuote(%q, %v) = %q, want %q", tt.quote, tt.hl, got, tt.want)
		}
	}
}

func TestPageIDRoundTrip(t *testing.T) {
	for _, p := range []pageID{
		{Kind: pageAsk, Offset: 3, UserID: "123456789012345678", Source: "The Valley Ledger"},
		{Kind: pageAsk, Offset: 0, UserID: "1", Source: "a:b:c"},
		{Kind: pageSources, Offset: 2, UserID: "9"},
	} {
		s, ok := p.encode()
		if !ok {
			t.Fatalf("encode(%+v) too long", p)
		}
		got, err := parsePageID(s)
		if err != nil || got != p {
			t.Errorf("parsePageID(%q) = %+v, %v; want %+v", s, got, err, p)
		}
	}
	if _, ok := (pageID{Kind: pageAsk, UserID: "123456789012345678", Source: strings.Repeat("s", 80)}).encode(); ok {
		t.Error("encode accepted a custom_id over 100 characters")
	}
	for _, bad := range []string{"", "x:1:2", "a:1", "a:-1:2:", "a:x:2:", "s:1:2:3", "a:1::"} {
		if p, err := parsePageID(bad); err == nil {
			t.Errorf("parsePageID(%q) = %+v, want an error", bad, p)
		}
	}
}

func TestQuestionFromMessage(t *testing.T) {
	for _, q := range []string{"What about *troops*?", `back\slash @everyone [x](y)`, "plain"} {
		d := renderAnswer(askView{Question: q, UserID: "1", Answer: &corpus.Answer{NoMatch: true}})
		got, ok := questionFromMessage(&discordgo.Message{Embeds: d.Embeds})
		if !ok || got != q {
			t.Errorf("questionFromMessage(render(%q)) = %q, %v", q, got, ok)
		}
	}
	if _, ok := questionFromMessage(&discordgo.Message{}); ok {
		t.Error("questionFromMessage(no embeds) = ok")
	}
}

func TestCooldown(t *testing.T) {
	c := &cooldown{every: 5 * time.Second}
	t0 := time.Unix(1000, 0)
	steps := []struct {
		user string
		at   time.Duration
		ok   bool
	}{
		{"a", 0, true}, {"a", time.Second, false}, {"b", time.Second, true},
		{"a", 5 * time.Second, true}, {"a", 9 * time.Second, false}, {"a", 10 * time.Second, true},
	}
	for _, s := range steps {
		wait, ok := c.allow(s.user, t0.Add(s.at))
		if ok != s.ok {
			t.Errorf("allow(%s, +%s) = %s, %v; want %v", s.user, s.at, wait, ok, s.ok)
		}
	}
	off := &cooldown{}
	for range 3 {
		if _, ok := off.allow("a", t0); !ok {
			t.Error("a zero cooldown refused")
		}
	}
}
