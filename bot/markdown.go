package bot

import (
	"net/url"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/coveragebot/coveragebot/corpus"
)

// markdownSpecial are the characters Discord reads as formatting, mentions
// (@everyone, <@id>), links ([text](url), <url>), headings, lists and quotes.
// A backslash before any of them shows it as itself.
const markdownSpecial = "\\*_~`|>#-[]<@"

// escapeMarkdown makes s show as typed: no formatting, no mentions, no
// masked links.
func escapeMarkdown(s string) string {
	if !strings.ContainsAny(s, markdownSpecial) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if r < utf8.RuneSelf && strings.ContainsRune(markdownSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// unescapeMarkdown reverses escapeMarkdown.
func unescapeMarkdown(s string) string {
	if !strings.Contains(s, "\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte(markdownSpecial, s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// urlInText finds web addresses inside article text.
var urlInText = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>]+`)

// textURLs returns the byte ranges of web addresses in s, without the
// punctuation that usually follows one in prose.
func textURLs(s string) []corpus.Span {
	var out []corpus.Span
	for _, m := range urlInText.FindAllStringIndex(s, -1) {
		end := m[1]
		for end > m[0] && strings.ContainsRune(".,;:!?)\"'’”]", rune(s[end-1])) {
			end--
		}
		if end > m[0] {
			out = append(out, corpus.Span{Start: m[0], End: end})
		}
	}
	return out
}

// renderQuote renders a quote for Discord: Markdown escaped, the matched
// words in bold, and web addresses wrapped in <> so they never unfurl into
// previews and their characters stay as written.
func renderQuote(quote string, highlights []corpus.Span) string {
	urls := textURLs(quote)
	bold := cleanSpans(quote, highlights, urls)
	var b strings.Builder
	pos := 0
	text := func(end int) { // escaped text between pos and end, with URLs
		for pos < end {
			u := nextSpan(urls, pos, end)
			if u.Start >= end {
				b.WriteString(escapeMarkdown(quote[pos:end]))
				pos = end
				return
			}
			b.WriteString(escapeMarkdown(quote[pos:u.Start]))
			b.WriteString("<" + quote[u.Start:u.End] + ">")
			pos = u.End
		}
	}
	for _, h := range bold {
		text(h.Start)
		b.WriteString("**" + escapeMarkdown(quote[h.Start:h.End]) + "**")
		pos = h.End
	}
	text(len(quote))
	return b.String()
}

// nextSpan returns the first span that ends after pos and starts before
// end, or a span starting at end when there is none.
func nextSpan(spans []corpus.Span, pos, end int) corpus.Span {
	for _, s := range spans {
		if s.End > pos && s.Start < end {
			if s.Start < pos {
				s.Start = pos
			}
			if s.End > end {
				s.End = end
			}
			return s
		}
	}
	return corpus.Span{Start: end, End: end}
}

// cleanSpans makes highlight spans safe to render: inside the text, on
// rune boundaries, trimmed of spaces (Discord ignores "** word**"), outside
// web addresses, sorted, and merged when they touch or are separated only
// by spaces.
func cleanSpans(s string, spans []corpus.Span, avoid []corpus.Span) []corpus.Span {
	var in []corpus.Span
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(s) || sp.Start >= sp.End ||
			!utf8.RuneStart(s[sp.Start]) || (sp.End < len(s) && !utf8.RuneStart(s[sp.End])) {
			continue
		}
		for _, a := range avoid { // the part before a web address survives
			if sp.Start < a.End && a.Start < sp.End {
				if sp.Start < a.Start {
					sp.End = a.Start
				} else {
					sp.End = sp.Start
				}
			}
		}
		for sp.Start < sp.End && isSpace(s[sp.Start]) {
			sp.Start++
		}
		for sp.End > sp.Start && isSpace(s[sp.End-1]) {
			sp.End--
		}
		if sp.Start < sp.End {
			in = append(in, sp)
		}
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Start < in[j].Start })
	var out []corpus.Span
	for _, sp := range in {
		if n := len(out); n > 0 && strings.TrimSpace(s[min(out[n-1].End, sp.Start):sp.Start]) == "" &&
			!crosses(avoid, out[n-1].End, sp.Start) {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}

func crosses(spans []corpus.Span, from, to int) bool {
	for _, a := range spans {
		if a.Start < to && from < a.End {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// linkURL returns u when it can be used as a link in Markdown and on a link
// button (an absolute http or https URL of sensible length), with the
// characters that would end a Markdown link encoded; otherwise "".
func linkURL(u string) string {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	s := p.String()
	s = strings.NewReplacer("(", "%28", ")", "%29", " ", "%20", "<", "%3C", ">", "%3E").Replace(s)
	if len(s) > maxButtonURL || strings.IndexFunc(s, unicode.IsSpace) >= 0 {
		return ""
	}
	return s
}

// formatDate shows a publication date as "Jan 31, 2025"; a zero date as
// "undated".
func formatDate(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.UTC().Format("Jan 2, 2006")
}

// normalizeSpace turns runs of whitespace into single spaces.
func normalizeSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
