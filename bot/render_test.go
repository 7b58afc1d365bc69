package bot

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares d, as JSON, with testdata/name.golden.json.
func golden(t *testing.T, name string, d *discordgo.InteractionResponseData) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(d); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", name+".golden.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./bot -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s (run go test ./bot -update if the change is intended):\n%s", name, path, got)
	}
}

// checkLimits reports every Discord limit d breaks.
func checkLimits(d *discordgo.InteractionResponseData) []string {
	var errs []string
	bad := func(format string, a ...any) { errs = append(errs, fmt.Sprintf(format, a...)) }
	if n := textLen(d.Content); n > maxContent {
		bad("content is %d characters", n)
	}
	if len(d.Embeds) > maxEmbeds {
		bad("%d embeds", len(d.Embeds))
	}
	total := 0
	for _, e := range d.Embeds {
		lim := func(what, s string, max int) {
			total += textLen(s)
			if textLen(s) > max {
				bad("%s is %d characters, over %d", what, textLen(s), max)
			}
		}
		lim("title", e.Title, maxTitle)
		lim("description", e.Description, maxDescription)
		if e.Footer != nil {
			lim("footer", e.Footer.Text, maxFooter)
		}
		if e.Author != nil {
			lim("author", e.Author.Name, maxAuthor)
		}
		if len(e.Fields) > maxFields {
			bad("%d fields", len(e.Fields))
		}
		for _, f := range e.Fields {
			lim("field name", f.Name, maxFieldName)
			lim("field value", f.Value, maxFieldValue)
			if f.Name == "" || f.Value == "" {
				bad("empty field %q: %q", f.Name, f.Value)
			}
		}
	}
	if total > maxEmbedsTotal {
		bad("embeds total %d characters", total)
	}
	if len(d.Components) > maxRows {
		bad("%d rows", len(d.Components))
	}
	ids := map[string]bool{}
	for _, row := range d.Components {
		r, ok := row.(discordgo.ActionsRow)
		if !ok {
			bad("component %T is not a row", row)
			continue
		}
		if len(r.Components) > maxRowButtons {
			bad("%d buttons in a row", len(r.Components))
		}
		for _, c := range r.Components {
			b := c.(discordgo.Button)
			if textLen(b.Label) > maxButtonLabel {
				bad("button label %q", b.Label)
			}
			switch {
			case b.Style == discordgo.LinkButton && (b.URL == "" || b.CustomID != ""):
				bad("link button %+v", b)
			case b.Style != discordgo.LinkButton && (len(b.CustomID) == 0 || len(b.CustomID) > maxCustomID || ids[b.CustomID]):
				bad("custom_id %q", b.CustomID)
			}
			ids[b.CustomID] = true
		}
	}
	if len(d.Choices) > maxChoices {
		bad("%d choices", len(d.Choices))
	}
	for _, c := range d.Choices {
		if v, _ := c.Value.(string); textLen(c.Name) > maxChoiceLen || textLen(v) > maxChoiceLen || c.Name == "" || v == "" {
			bad("choice %q = %q", c.Name, v)
		}
	}
	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 {
		bad("allowed_mentions %+v, want an empty parse list", d.AllowedMentions)
	}
	return errs
}

func TestRenderGolden(t *testing.T) {
	c := testCorpus()
	long := strings.Repeat("The minister spoke at length about sovereignty and cooperation. ", 60) +
		strings.Repeat("x", 3000)
	overflow := []corpus.Result{
		result(c, "gazette-troops", long, "sovereignty", "cooperation"),
		result(c, "ledger-boots", long+long, "minister"),
		result(c, "ledger-warms", strings.Repeat("y", 5000)),
	}
	hostile := "@everyone look: **bold** _it_ `code` ~~gone~~ > quote # head - item [link](https://evil.example/x) " +
		"<@123456789012345678> and see https://example.com/a_b*c?d=1. || spoiler ||"
	longTitle := *c.Article("ledger-boots")
	longTitle.Title = strings.Repeat("Very long headline ", 30)
	longTitle.URL = "https://example.com/" + strings.Repeat("a", 400) + "(x)"
	tests := []struct {
		name string
		data *discordgo.InteractionResponseData
	}{
		{"answer", renderAnswer(askView{Question: "What did Sheinbaum say about U.S. troops?", UserID: "42", Answer: &corpus.Answer{
			Total: 5,
			Results: []corpus.Result{
				result(c, "gazette-troops", "Sheinbaum said Mexico would not accept U.S. troops on its soil. She called for cooperation.", "U.S. troops", "cooperation"),
				result(c, "ledger-boots", "Boots on the ground would be a mistake, the president said.", "Boots", "ground"),
				result(c, "ledger-warms", "Officials described the talks as warm.", "talks"),
			}}})},
		{"answer_private_source_page2", renderAnswer(askView{Question: "troops", Source: "The Valley Ledger", UserID: "42", Offset: 3, Private: true,
			Answer: &corpus.Answer{Total: 4, Results: []corpus.Result{result(c, "ledger-boots", "No troops, she said.", "troops")}}})},
		{"answer_past_end", renderAnswer(askView{Question: "troops", UserID: "42", Offset: 6, Answer: &corpus.Answer{Total: 4}})},
		{"no_match", renderAnswer(askView{Question: "Who won the World Cup?", UserID: "42", Answer: &corpus.Answer{NoMatch: true}})},
		{"overflow", renderAnswer(askView{Question: strings.Repeat("why*", 250), UserID: "42", Answer: &corpus.Answer{Total: 90, Results: overflow}})},
		{"hostile_text", renderAnswer(askView{Question: "@everyone what about [this](https://x.y)?", UserID: "42", Answer: &corpus.Answer{Total: 2,
			Results: []corpus.Result{
				result(c, "ledger-warms", hostile, "bold", "https://example.com/a_b*c?d=1", "spoiler"),
				{Article: &longTitle, Quote: "Short.", Passage: corpus.Passage{ArticleID: "ledger-boots"}},
			}}})},
		{"sources", renderSources(c, 0, "42")},
		{"help", renderHelp(c, true)},
		{"reload_ok", renderReload(reloadView{Change: corpus.Change{Added: []string{"new-one"}, Changed: []string{"ledger-boots"},
			Articles: 3, Passages: 40, Warnings: []corpus.Problem{{File: "new-one.md", Line: 3, Msg: "no url: the article will not be linked"}}}})},
		{"reload_broken", renderReload(reloadView{Err: &corpus.LoadError{Problems: []corpus.Problem{
			{File: "ledger-boots.md", Line: 2, Msg: "front matter: date \"Feb 31\" is not a date"},
			{File: "bad_*name*.md", Line: 0, Msg: "not UTF-8"}}}})},
		{"reload_embedded", renderReload(reloadView{Embedded: true})},
		{"reload_error", renderReload(reloadView{Err: errors.New("open /secret/path: permission denied")})},
		{"note", renderNote("Only moderators can reload the articles.")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range checkLimits(tt.data) {
				t.Error(e)
			}
			golden(t, tt.name, tt.data)
		})
	}
}

func TestRenderSourcesPages(t *testing.T) {
	c := &corpus.Corpus{}
	for i := range 20 {
		c.Articles = append(c.Articles, &corpus.Article{ID: fmt.Sprintf("a%02d", i), Title: strings.Repeat("T ", 300),
			Outlet: strings.Repeat("O", 500), URL: "https://example.com/" + strings.Repeat("p", 300)})
	}
	for page := range 4 {
		d := renderSources(c, page, "42")
		for _, e := range checkLimits(d) {
			t.Errorf("page %d: %s", page, e)
		}
		if len(d.Components) != 1 {
			t.Fatalf("page %d: %d rows, want 1 with paging buttons", page, len(d.Components))
		}
	}
}

func TestRenderAnswerLimitsHold(t *testing.T) {
	c := testCorpus()
	pieces := []string{"word ", "Sentence ends. ", "**", "\\", "@everyone ", "https://e.com/x_y ", "😀", "é", "\n", "<@1>", "` "}
	for n := 0; n < 200; n++ {
		var b strings.Builder
		for i := 0; b.Len() < n*40; i++ {
			b.WriteString(pieces[(i*7+n)%len(pieces)])
		}
		quote := b.String()
		var hl []corpus.Span
		for i := 0; i+5 < len(quote); i += 37 {
			hl = append(hl, corpus.Span{Start: i, End: i + 5}) // may split runes: must be ignored safely
		}
		r := corpus.Result{Article: c.Article("gazette-troops"), Quote: quote, Highlights: hl}
		d := renderAnswer(askView{Question: quote[:min(len(quote), 1000)], UserID: "1", Source: strings.Repeat("s", n),
			Answer: &corpus.Answer{Total: 9, Results: []corpus.Result{r, r, r}}})
		for _, e := range checkLimits(d) {
			t.Fatalf("length %d: %s", n*40, e)
		}
	}
}

func TestSourceChoices(t *testing.T) {
	c := testCorpus()
	tests := []struct {
		typed string
		want  []string // values, in order
	}{
		{"", []string{"The Harbor Gazette", "The Valley Ledger", "gazette-troops", "ledger-boots", "ledger-warms"}},
		{"ledger-", []string{"ledger-boots", "ledger-warms"}},
		{"the valley", []string{"The Valley Ledger", "ledger-boots", "ledger-warms"}},
		{"TROOPS", []string{"gazette-troops"}},
		{"boots", []string{"ledger-boots"}},
		{"zzz", []string{"zzz"}},
	}
	for _, tt := range tests {
		var got []string
		choices := sourceChoices(c, tt.typed)
		for _, ch := range choices {
			got = append(got, ch.Value.(string))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("sourceChoices(%q) = %q, want %q", tt.typed, got, tt.want)
		}
		for _, e := range checkLimits(&discordgo.InteractionResponseData{Choices: choices, AllowedMentions: noMentions()}) {
			t.Errorf("sourceChoices(%q): %s", tt.typed, e)
		}
	}
	big := &corpus.Corpus{}
	for i := range 60 {
		big.Articles = append(big.Articles, &corpus.Article{ID: fmt.Sprintf("id-%d", i), Title: strings.Repeat("long title ", 20), Outlet: fmt.Sprintf("Outlet %d", i%7)})
	}
	if n := len(sourceChoices(big, "")); n != maxChoices {
		t.Errorf("sourceChoices(60 articles) returned %d choices, want %d", n, maxChoices)
	}
}
