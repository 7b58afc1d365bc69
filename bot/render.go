package bot

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

// Rendering is pure: each function here turns what the bot knows into the
// data Discord receives, fitted inside Discord's limits. No I/O, no clock.

// pageSize is how many results one /ask page shows.
const pageSize = 3

// sourcesPerPage is how many articles one /sources page lists.
const sourcesPerPage = 8

// Embed colours.
const (
	colorAnswer  = 0x2b6cb0
	colorNoMatch = 0x718096
	colorOK      = 0x2f855a
	colorFailed  = 0xc53030
)

// noMentions is the allowed_mentions of every message the bot sends: an
// empty parse list, so quoted or echoed text never pings anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

func flags(private bool) discordgo.MessageFlags {
	if private {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// askView is one page of an answer.
type askView struct {
	Question string
	Source   string // the source filter, "" for all
	UserID   string // who asked
	Offset   int    // results skipped before this page
	Answer   *corpus.Answer
	Private  bool
}

// renderAnswer renders a page of an answer: the question, each result as a
// quote with its article, paging buttons and links to the sources.
func renderAnswer(v askView) *discordgo.InteractionResponseData {
	a := v.Answer
	if a == nil {
		a = &corpus.Answer{NoMatch: true}
	}
	e := &discordgo.MessageEmbed{Color: colorAnswer, Title: "From the coverage"}
	e.Description = renderQuestion(v.Question, 2*corpus.MaxQuestionLen+8)
	if v.Source != "" {
		e.Description += "\nSource: " + fitEscaped(v.Source, 200)
	}
	var rows []discordgo.MessageComponent
	switch {
	case len(a.Results) == 0 && v.Offset == 0:
		e.Color, e.Title = colorNoMatch, "Not in the coverage"
		e.Description += "\n\nThe coverage doesn't answer that. Try other words, or see what it covers with `/sources`."
	case len(a.Results) == 0:
		e.Description += "\n\nNo more passages match."
		e.Footer = &discordgo.MessageEmbedFooter{Text: matchedText(a.Total)}
	default:
		first, last := v.Offset+1, v.Offset+len(a.Results)
		e.Footer = &discordgo.MessageEmbedFooter{Text: fmt.Sprintf("%s · showing %d–%d", matchedText(a.Total), first, last)}
		names := make([]string, len(a.Results))
		used := textLen(e.Title) + textLen(e.Description) + textLen(e.Footer.Text)
		for i, r := range a.Results {
			art := articleOf(r)
			names[i] = fitEscaped(fmt.Sprintf("%d. %s, %s", v.Offset+i+1, art.Outlet, formatDate(art.Published)), maxFieldName)
			used += textLen(names[i])
		}
		per := min(maxFieldValue, (maxEmbedsTotal-used)/len(a.Results))
		for i, r := range a.Results {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: names[i], Value: renderResult(r, per)})
		}
	}
	if nav := navRow(v, a); nav != nil {
		rows = append(rows, nav)
	}
	if links := linkRow(a.Results); links != nil {
		rows = append(rows, links)
	}
	return &discordgo.InteractionResponseData{
		Embeds:          []*discordgo.MessageEmbed{e},
		Components:      rows,
		AllowedMentions: noMentions(),
		Flags:           flags(v.Private),
	}
}

// renderQuestion shows the question in bold on a line of its own, where
// questionFromMessage reads it back on a button click.
func renderQuestion(q string, max int) string {
	q = normalizeSpace(q)
	return fit(q, max, func(n int, cut bool) string {
		s := escapeMarkdown(q[:n])
		if cut {
			s += ellipsis
		}
		return "**" + s + "**"
	})
}

func matchedText(n int) string {
	if n == 1 {
		return "1 passage matched"
	}
	return fmt.Sprintf("%d passages matched", n)
}

// articleOf returns the article of a result, standing in a bare one when
// the search left it out.
func articleOf(r corpus.Result) *corpus.Article {
	if r.Article != nil {
		return r.Article
	}
	return &corpus.Article{ID: r.Passage.ArticleID, Title: r.Passage.ArticleID}
}

// renderResult renders one result in at most max characters: the quote,
// then the article title linked to its source.
func renderResult(r corpus.Result, max int) string {
	art := articleOf(r)
	title := fitEscaped(normalizeSpace(art.Title), 200)
	if u := linkURL(art.URL); u != "" {
		title = "[" + title + "](" + u + ")"
	} else {
		title = "*" + title + "*"
	}
	byline := "— " + title
	quote := normalizeSpaceKeep(r.Quote)
	if quote == "" {
		quote = r.Passage.Text
	}
	return fitQuote(quote, r.Highlights, max-textLen(byline)-1) + "\n" + byline
}

// normalizeSpaceKeep turns line breaks and tabs into spaces without moving
// any byte, so highlight offsets stay valid.
func normalizeSpaceKeep(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\t' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// fitQuote renders a quote as a block quote in at most max characters,
// cutting it after the last whole sentence that fits.
func fitQuote(quote string, hl []corpus.Span, max int) string {
	return fit(quote, max, func(n int, cut bool) string {
		clipped := make([]corpus.Span, 0, len(hl))
		for _, h := range hl {
			if h.Start < n {
				clipped = append(clipped, corpus.Span{Start: h.Start, End: min(h.End, n)})
			}
		}
		s := quote[:n]
		if cut {
			s = strings.TrimRight(s, " ")
		}
		out := "> " + renderQuote(s, clipped)
		if cut {
			out += " " + ellipsis
		}
		return out
	})
}

// navRow returns the Previous and More buttons, or nil when there is one
// page only or the state does not fit in a custom_id.
func navRow(v askView, a *corpus.Answer) discordgo.MessageComponent {
	more := len(a.Results) == pageSize && v.Offset+pageSize < a.Total
	if v.Offset == 0 && !more {
		return nil
	}
	prevID, ok1 := pageID{Kind: pageAsk, Offset: max(0, v.Offset-pageSize), UserID: v.UserID, Source: v.Source}.encode()
	moreID, ok2 := pageID{Kind: pageAsk, Offset: v.Offset + pageSize, UserID: v.UserID, Source: v.Source}.encode()
	if !ok1 || !ok2 {
		return nil
	}
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, CustomID: prevID, Disabled: v.Offset == 0},
		discordgo.Button{Label: "More", Style: discordgo.PrimaryButton, CustomID: moreID, Disabled: !more},
	}}
}

// linkRow returns a link button for each article on the page that has a
// usable URL, or nil.
func linkRow(results []corpus.Result) discordgo.MessageComponent {
	var buttons []discordgo.MessageComponent
	seen := map[string]bool{}
	for _, r := range results {
		art := articleOf(r)
		u := linkURL(art.URL)
		if u == "" || seen[u] || len(buttons) == maxRowButtons {
			continue
		}
		seen[u] = true
		label := normalizeSpace(art.Title)
		if art.Outlet != "" {
			label = normalizeSpace(art.Outlet) + ": " + label
		}
		buttons = append(buttons, discordgo.Button{Label: fitPlain(label, maxButtonLabel), Style: discordgo.LinkButton, URL: u})
	}
	if buttons == nil {
		return nil
	}
	return discordgo.ActionsRow{Components: buttons}
}

// renderNote is a short private note: a refusal, a cooldown, an error.
func renderNote(text string) *discordgo.InteractionResponseData {
	return &discordgo.InteractionResponseData{
		Content:         fitPlain(text, maxContent),
		AllowedMentions: noMentions(),
		Flags:           discordgo.MessageFlagsEphemeral,
	}
}

// renderSources lists one page of the articles, with links.
func renderSources(c *corpus.Corpus, page int, userID string) *discordgo.InteractionResponseData {
	var arts []*corpus.Article
	if c != nil {
		arts = c.Articles
	}
	pages := max(1, (len(arts)+sourcesPerPage-1)/sourcesPerPage)
	page = min(max(page, 0), pages-1)
	e := &discordgo.MessageEmbed{Color: colorAnswer, Title: fmt.Sprintf("The coverage: %d articles", len(arts))}
	if len(arts) == 1 {
		e.Title = "The coverage: 1 article"
	}
	if len(arts) == 0 {
		e.Description = "No articles are loaded."
	}
	var entries []string
	for _, a := range arts[page*sourcesPerPage : min(len(arts), (page+1)*sourcesPerPage)] {
		entries = append(entries, renderSource(a, maxDescription/sourcesPerPage-2))
	}
	if entries != nil {
		e.Description = fitLines(entries, maxDescription)
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: "Narrow /ask to one of these with source: (an id or an outlet)."}
	if pages > 1 {
		e.Footer.Text = fmt.Sprintf("Page %d of %d · ", page+1, pages) + e.Footer.Text
	}
	d := &discordgo.InteractionResponseData{
		Embeds:          []*discordgo.MessageEmbed{e},
		AllowedMentions: noMentions(),
		Flags:           discordgo.MessageFlagsEphemeral,
	}
	if pages > 1 {
		prevID, _ := pageID{Kind: pageSources, Offset: max(0, page-1), UserID: userID}.encode()
		nextID, _ := pageID{Kind: pageSources, Offset: page + 1, UserID: userID}.encode()
		d.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			discordgo.Button{Label: "Previous", Style: discordgo.SecondaryButton, CustomID: prevID, Disabled: page == 0},
			discordgo.Button{Label: "More", Style: discordgo.PrimaryButton, CustomID: nextID, Disabled: page == pages-1},
		}}}
	}
	return d
}

// renderSource is one article in the /sources list, in at most max
// characters on two lines.
func renderSource(a *corpus.Article, max int) string {
	title := fitEscaped(normalizeSpace(a.Title), 200)
	if u := linkURL(a.URL); u != "" && textLen(u) < max-250 {
		title = "[" + title + "](" + u + ")"
	}
	line2 := fmt.Sprintf("%s · %s · id %s", normalizeSpace(a.Outlet), formatDate(a.Published), a.ID)
	return "**" + title + "**\n" + fitEscaped(line2, max-textLen(title)-5)
}
