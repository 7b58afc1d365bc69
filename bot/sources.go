package bot

import (
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/coveragebot/coveragebot/corpus"
)

// narrow filters q to source, an article id or outlet. One article is
// searched without the per-article cap, which would otherwise stop its
// answer at two passages.
func narrow(q *corpus.Query, c *corpus.Corpus, source string) {
	if source == "" {
		return
	}
	q.Sources = []string{source}
	if c != nil && c.Article(source) != nil {
		q.PerArticle = -1
	}
}

// matchSource returns the article id or outlet that s names, compared
// without case, as the search filter expects it.
func matchSource(c *corpus.Corpus, s string) (string, bool) {
	s = normalizeSpace(s)
	if c == nil || s == "" {
		return "", false
	}
	for _, a := range c.Articles {
		if strings.EqualFold(a.ID, s) {
			return a.ID, true
		}
	}
	for _, a := range c.Articles {
		if strings.EqualFold(normalizeSpace(a.Outlet), s) {
			return a.Outlet, true
		}
	}
	return "", false
}

// sourceChoices returns the autocomplete choices for the source option:
// outlets, then articles, whose name or value contains what was typed;
// those starting with it first. At most 25, each name and value at most
// 100 characters.
func sourceChoices(c *corpus.Corpus, typed string) []*discordgo.ApplicationCommandOptionChoice {
	typed = strings.ToLower(normalizeSpace(typed))
	type cand struct{ name, value string }
	var cands []cand
	if c != nil {
		count := map[string]int{}
		var outlets []string
		for _, a := range c.Articles {
			o := normalizeSpace(a.Outlet)
			if o == "" {
				continue
			}
			if count[o] == 0 {
				outlets = append(outlets, o)
			}
			count[o]++
		}
		for _, o := range outlets {
			n := "1 article"
			if count[o] > 1 {
				n = fmt.Sprintf("%d articles", count[o])
			}
			cands = append(cands, cand{o + " (all " + n + ")", o})
		}
		for _, a := range c.Articles {
			cands = append(cands, cand{fmt.Sprintf("%s (%s, %s)", normalizeSpace(a.Title), normalizeSpace(a.Outlet), formatDate(a.Published)), a.ID})
		}
	}
	var first, rest []*discordgo.ApplicationCommandOptionChoice
	for _, k := range cands {
		if textLen(k.value) > maxChoiceLen || k.value == "" {
			continue // cannot be sent as a choice value
		}
		name, value := strings.ToLower(k.name), strings.ToLower(k.value)
		ch := &discordgo.ApplicationCommandOptionChoice{Name: fitPlain(k.name, maxChoiceLen), Value: k.value}
		switch {
		case typed == "" || strings.HasPrefix(name, typed) || strings.HasPrefix(value, typed):
			first = append(first, ch)
		case strings.Contains(name, typed) || strings.Contains(value, typed):
			rest = append(rest, ch)
		}
	}
	out := append(first, rest...)
	if len(out) > maxChoices {
		out = out[:maxChoices]
	}
	if len(out) == 0 {
		// Discord wants at least one choice; this one explains, and picking
		// it gets the same explanation from /ask.
		v := fitPlain(typed, maxChoiceLen)
		if v == "" {
			v = "none"
		}
		out = []*discordgo.ApplicationCommandOptionChoice{{
			Name:  fitPlain("No source matches "+typed+"; /sources lists them", maxChoiceLen),
			Value: v,
		}}
	}
	return out
}
