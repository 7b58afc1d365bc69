package bot

import (
	"errors"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// A button's custom_id carries all the state a click needs, so paging keeps
// working after the bot restarts and nothing is kept in memory. The question
// itself is read back from the message the button sits on.
//
//	a:<offset>:<user id>:<source>   a page of /ask results
//	s:<page>:<user id>              a page of /sources
//
// The source goes last because it may contain colons.

// Kinds of paging buttons.
const (
	pageAsk     = "a"
	pageSources = "s"
)

// pageID is the state behind a paging button.
type pageID struct {
	Kind   string // pageAsk or pageSources
	Offset int    // results to skip (ask) or the page number from 0 (sources)
	UserID string // who asked; only their clicks page
	Source string // the source filter of /ask, "" for all
}

var errBadCustomID = errors.New("not a paging button")

// encode returns the custom_id, and false when it would be too long for
// Discord (a very long source filter).
func (p pageID) encode() (string, bool) {
	s := p.Kind + ":" + strconv.Itoa(p.Offset) + ":" + p.UserID
	if p.Kind == pageAsk {
		s += ":" + p.Source
	}
	return s, len(s) <= maxCustomID
}

// parsePageID reads a custom_id written by encode.
func parsePageID(s string) (pageID, error) {
	parts := strings.SplitN(s, ":", 4)
	if len(parts) < 3 {
		return pageID{}, errBadCustomID
	}
	p := pageID{Kind: parts[0], UserID: parts[2]}
	switch {
	case p.Kind == pageAsk && len(parts) == 4:
		p.Source = parts[3]
	case p.Kind == pageSources && len(parts) == 3:
	default:
		return pageID{}, errBadCustomID
	}
	off, err := strconv.Atoi(parts[1])
	if err != nil || off < 0 || p.UserID == "" {
		return pageID{}, errBadCustomID
	}
	p.Offset = off
	return p, nil
}

// questionFromMessage reads the question back from an answer message: the
// first line of its embed's description, "**<escaped question>**".
func questionFromMessage(m *discordgo.Message) (string, bool) {
	if m == nil || len(m.Embeds) == 0 || m.Embeds[0] == nil {
		return "", false
	}
	line, _, _ := strings.Cut(m.Embeds[0].Description, "\n")
	if !strings.HasPrefix(line, "**") || !strings.HasSuffix(line, "**") || len(line) < 5 {
		return "", false
	}
	q := unescapeMarkdown(line[2 : len(line)-2])
	q = strings.TrimSuffix(q, ellipsis)
	return q, strings.TrimSpace(q) != ""
}
