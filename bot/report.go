package bot

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

// renderHelp explains what the bot knows about and how to ask.
func renderHelp(c *corpus.Corpus, reloadable bool) *discordgo.InteractionResponseData {
	e := &discordgo.MessageEmbed{Color: colorAnswer, Title: "What I can answer"}
	e.Description = fitEscaped(coverageSummary(c), 1500) +
		"\n\nAsk in plain words and I answer with quotes from the articles, each linked to its source. " +
		"I only know what these articles say."
	e.Fields = []*discordgo.MessageEmbedField{
		{Name: "/ask question: [source:] [private:]", Value: "Ask about the coverage in plain words, e.g. *who announced the tariffs?* or *what did the president say about troops?* " +
			"`source` narrows the answer to one article or outlet (start typing to pick one); " +
			"`private: True` shows the answer to you only. Use **More** to see further passages."},
		{Name: "/sources", Value: "The articles I answer from, with outlets, dates and links."},
		{Name: "/help", Value: "This message."},
	}
	reload := "Moderators: re-read the articles after editing them. "
	if reloadable {
		reload += "Reports what changed, or each problem by file and line."
	} else {
		reload += "Needs `CORPUS_DIR`: this bot serves its built-in articles."
	}
	e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "/reload", Value: reload})
	return &discordgo.InteractionResponseData{
		Embeds:          []*discordgo.MessageEmbed{e},
		AllowedMentions: noMentions(),
		Flags:           discordgo.MessageFlagsEphemeral,
	}
}

// coverageSummary says in one sentence what the corpus holds.
func coverageSummary(c *corpus.Corpus) string {
	if c == nil || len(c.Articles) == 0 {
		return "No articles are loaded yet."
	}
	outlets := map[string]bool{}
	first, last := c.Articles[0].Published, c.Articles[0].Published
	for _, a := range c.Articles {
		if a.Outlet != "" {
			outlets[normalizeSpace(a.Outlet)] = true
		}
		if a.Published.Before(first) {
			first = a.Published
		}
		if a.Published.After(last) {
			last = a.Published
		}
	}
	names := make([]string, 0, len(outlets))
	for o := range outlets {
		names = append(names, o)
	}
	sort.Strings(names)
	n := fmt.Sprintf("%d articles", len(c.Articles))
	if len(c.Articles) == 1 {
		n = "1 article"
	}
	s := "I know " + n
	if len(names) > 0 {
		s += " from " + joinAnd(names)
	}
	switch {
	case first.IsZero() || last.IsZero():
	case first.Equal(last):
		s += ", published " + formatDate(first)
	default:
		s += ", published " + formatDate(first) + " to " + formatDate(last)
	}
	return s + "."
}

func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// reloadView is the outcome of /reload.
type reloadView struct {
	Change   corpus.Change
	Err      error // nil when the reload succeeded
	Embedded bool  // the bot serves the embedded articles: nothing to reload
}

// renderReload reports a reload to the moderator who asked for it.
func renderReload(v reloadView) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{AllowedMentions: noMentions(), Flags: discordgo.MessageFlagsEphemeral}
	e := &discordgo.MessageEmbed{}
	d.Embeds = []*discordgo.MessageEmbed{e}
	var le *corpus.LoadError
	switch {
	case v.Embedded:
		e.Color, e.Title = colorNoMatch, "Nothing to reload"
		e.Description = "This bot serves the articles built into it. To reload articles from a folder, " +
			"set `CORPUS_DIR` to that folder and restart the bot; `/reload` then re-reads it."
	case errors.As(v.Err, &le):
		e.Color, e.Title = colorFailed, "Reload failed: the previous articles are still served"
		lines := make([]string, len(le.Problems))
		for i, p := range le.Problems {
			lines[i] = "• " + fitEscaped(p.String(), 400)
		}
		head := fmt.Sprintf("Fix these %d problems and run `/reload` again:\n", len(le.Problems))
		if len(le.Problems) == 1 {
			head = "Fix this problem and run `/reload` again:\n"
		}
		e.Description = head + fitLines(lines, maxDescription-textLen(head))
	case v.Err != nil:
		e.Color, e.Title = colorFailed, "Reload failed: the previous articles are still served"
		e.Description = "The articles could not be re-read. The details are in the bot's log."
	default:
		ch := v.Change
		e.Color = colorOK
		e.Title = fmt.Sprintf("Reloaded: %d articles, %d passages", ch.Articles, ch.Passages)
		if len(ch.Added)+len(ch.Removed)+len(ch.Changed) == 0 {
			e.Description = "No article changed."
		}
		for _, f := range []struct {
			name string
			ids  []string
		}{{"Added", ch.Added}, {"Removed", ch.Removed}, {"Changed", ch.Changed}} {
			if len(f.ids) > 0 {
				e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
					Name:  fmt.Sprintf("%s (%d)", f.name, len(f.ids)),
					Value: fitLines(bullets(f.ids), 900),
				})
			}
		}
		if len(ch.Warnings) > 0 {
			ws := make([]string, len(ch.Warnings))
			for i, w := range ch.Warnings {
				ws[i] = w.String()
			}
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{
				Name:  fmt.Sprintf("Warnings (%d)", len(ch.Warnings)),
				Value: fitLines(bullets(ws), maxFieldValue),
			})
		}
	}
	return d
}

// bullets escapes each line and marks it as a list item.
func bullets(xs []string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = "• " + fitEscaped(normalizeSpace(x), 300)
	}
	return out
}
