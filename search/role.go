package search

import (
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/corpus"
)

// A question that asks who holds a post ("who is Mexico's defense
// secretary", "who is the president of Guatemala") is answered by a
// sentence that names the post with what qualifies it: "Press Secretary
// Karoline Leavitt", "Venezuelan President Nicolás Maduro". A passage that
// holds the words apart ("the Defense Department" and "Secretary Rubio"
// in another sentence) speaks of someone else, and a question whose post
// no sentence names is about other news.

// roleAt returns where in text the noun of the post a question asks about
// starts, and where the words that qualify it start: the word before it
// ("defense secretary", "Guatemala's president"), the place that owns
// it when the question asks what its holder did ("what did Canada's prime
// minister say"; for "who", the owner may be named apart: "his Mexican
// counterpart") and the word after its "of" ("secretary of defense"). It
// returns -1 and nil when the question asks neither who holds a post nor
// about the holder of one a place owns: "what did Trump's press secretary
// say" asks what the press secretary said, and the news names her post
// without the man she serves.
//
// by is where the place that owns the post starts when it alone makes the
// question one about a post ("what did the Canadian prime minister say",
// "did Rubio meet Mexico's foreign minister"), or -1: a post of the place
// the whole corpus is about ("the Mexican foreign minister" in news about
// Mexico) is named in too many ways to be required (see parseQuestion).
func roleAt(text string) (role int, quals []int, by int) {
	words := questionWords(text)
	lower := make([]string, len(words))
	asksWho := false
	for i, w := range words {
		lower[i] = unpossessed(strings.ToLower(w.text))
		switch lower[i] {
		case "who", "whom", "whose":
			asksWho = true
		case "name":
			// "name the Cornell professor", "the name of guatemala's
			// president"; not "name the past events"
			k := i + 1
			for k < len(words) && roleFiller(strings.ToLower(words[k].text)) {
				k++
			}
			// the noun phrase after it, up to the next determiner: "name
			// the body the head of Northern Command went to" asks for the
			// body
			end := min(k+3, len(words))
			for e := k + 1; e < end; e++ {
				if determiner(strings.ToLower(words[e].text)) {
					end = e
					break
				}
			}
			asksWho = asksWho || k < len(words) && words[k].text == "of" ||
				slices.ContainsFunc(words[min(k, len(words)):end], func(w questionWord) bool { return roleNoun(strings.ToLower(w.text)) })
		case "which", "what":
			k := i + 1
			if k+1 < len(words) && demonym(strings.ToLower(words[k].text)) {
				k++ // "which Mexican senator"
			}
			if k < len(words) && roleNoun(strings.ToLower(words[k].text)) {
				asksWho = true
			}
		}
	}
	for i, w := range lower {
		if !roleNoun(w) {
			continue
		}
		next := i + 1
		for next < len(lower) && nameParticle[lower[next]] {
			next++ // "de la Fuente"
		}
		if next < len(words) && (startsUpper(words[next].text) || next > i+1) && !questionOpener(lower[next]) {
			// a title before a name inside a sentence ("which Canadian
			// official did Secretary Rubio meet", "the foreign minister
			// de la Fuente", in lower case too) names its holder, and
			// asks nothing about the post
			continue
		}
		j := i - 1
		for j >= 0 && roleFiller(lower[j]) {
			j--
		}
		// "what did Canada's prime minister say" asks what the holder
		// of a post did: the post must be named as well as for "who"
		owner, by := -1, -1
		for k := j; k >= 0 && k >= j-1; k-- {
			if possessive(words[k].text) {
				owner = k
				if placeWords()[foldName(lower[k])] {
					by = words[k].start
				}
				break
			}
			if demonym(lower[k]) {
				owner, by = k, words[k].start
				break
			}
		}
		if k := i + 2; owner < 0 && k < len(lower) && lower[i+1] == "of" {
			// "the president of Guatemala"
			for k < len(lower) && roleFiller(lower[k]) {
				k++
			}
			if k < len(lower) && placeWords()[foldName(lower[k])] {
				owner, by = k, words[k].start
			}
		}
		if !asksWho && by < 0 || owner > 0 && possessive(words[owner].text) && (lower[owner-1] == "which" || lower[owner-1] == "what") {
			// "which country's foreign minister" asks for the owner, not
			// about a post it qualifies; "which Mexican senator" asks for
			// the senator
			return -1, nil, -1
		}
		if asksWho {
			by = -1
		}
		if !asksWho && owner != j && owner < i {
			quals = append(quals, words[owner].start)
		}
		if j >= 0 && ordinalWord(lower[j]) || slices.Contains(lower[j+1:i], "a") || slices.Contains(lower[j+1:i], "an") {
			// "who was the last secretary of state to go…" and "the last
			// time a secretary of state went…, who was it" ask who did
			// something, not who holds the post
			return -1, nil, -1
		}
		if j >= 0 && !askingWord(lower[j]) && !auxiliary(lower[j]) && !roleNoun(lower[j]) && !englishStops[lower[j]] && lower[j] != "which" && lower[j] != "what" {
			quals = append(quals, words[j].start)
		}
		if k := i + 1; k+1 < len(lower) && lower[k] == "of" {
			k++
			for k < len(lower) && roleFiller(lower[k]) {
				k++
			}
			if k < len(lower) && !askingWord(lower[k]) && !auxiliary(lower[k]) {
				quals = append(quals, words[k].start)
			}
		}
		return words[i].start, quals, by
	}
	return -1, nil, -1
}

// demonym reports whether w, in lower case, is the adjective of a place
// (see placeNames) that owns a post: "the Canadian prime minister", "the
// Guatemalan president". It is told by its ending and the place's name,
// which begins with what is left ("canadian" and Canada, "cuban" and Cuba)
// or with which what is left begins ("panamanian" and Panama).
func demonym(w string) bool {
	var stem string
	switch {
	case strings.HasSuffix(w, "ian"), strings.HasSuffix(w, "ese"), strings.HasSuffix(w, "ish"):
		stem = w[:len(w)-3]
	case strings.HasSuffix(w, "an"):
		stem = w[:len(w)-2]
	default:
		return false
	}
	if len(stem) < 3 {
		return false
	}
	for p := range placeTerms() {
		if p != w && (strings.HasPrefix(p, stem) || len(p) >= 4 && strings.HasPrefix(stem, p)) {
			return true
		}
	}
	return false
}

// roleNoun reports whether w names a post a person holds.
func roleNoun(w string) bool {
	switch w {
	case "president", "secretary", "minister", "senator", "governor", "ambassador", "envoy",
		"spokesman", "spokeswoman", "spokesperson", "chief", "director", "leader", "head",
		"mayor", "commander", "chairman", "chairwoman", "premier", "professor", "administrator",
		"commissioner", "czar", "adviser", "advisor":
		return true
	}
	return false
}

// ordinalWord reports whether w picks one holder of a post among others.
func ordinalWord(w string) bool {
	switch w {
	case "last", "first", "previous", "next", "only", "latest", "earliest", "youngest", "oldest":
		return true
	}
	return false
}

// roleFiller reports whether w, between a post and what qualifies it,
// says nothing of which post it is: "the current secretary of defense".
func roleFiller(w string) bool {
	switch w {
	case "the", "a", "an", "current", "new", "present", "sitting", "acting", "then", "now":
		return true
	}
	return false
}

// holdsRole reports whether a passage names the question's post with all
// that qualifies it, each within roleWindow words of the post in one
// sentence ("Venezuelan President Nicolás Maduro", "professor of
// government at Cornell"), or in one line of its context (see contextOf),
// or in its article's title.
func (c *collector) holdsRole(cd candidate) bool {
	a := c.g.corpus.Articles[cd.ref.article]
	p := a.Passages[cd.ref.passage]
	if c.roleIn(p.Text, c.analyzed(cd.ref), sentences(p)) {
		return true
	}
	if c.people == nil {
		c.people = map[int]map[string]introduced{}
	}
	people, ok := c.people[cd.ref.article]
	if !ok {
		people = roles(a)
		c.people[cd.ref.article] = people
	}
	if ctx := contextOf(a, cd.ref.passage, people); ctx != "" && c.roleIn(ctx, c.an.Analyze([]byte(ctx)), lines(ctx)) {
		return true
	}
	return c.roleIn(a.Title, c.an.Analyze([]byte(a.Title)), []corpus.Span{{Start: 0, End: len(a.Title)}})
}

// roleWindow is how many words apart a post and what qualifies it may be.
const roleWindow = 5

// roleIn reports whether text, analyzed as toks, names the question's post
// with all that qualifies it within roleWindow words, inside one of spans.
// The post must be a holder's noun: "presidency" shares a stem with
// "president" but names no one.
func (c *collector) roleIn(text string, toks analysis.TokenStream, spans []corpus.Span) bool {
	return c.postIn(text, toks, spans, func(string) bool { return true })
}

// namesHolder reports whether text, analyzed as toks, names the question's
// post with all that qualifies it and then its holder's name: "Mexico's
// president, Claudia Sheinbaum", "Mexican President Claudia Sheinbaum".
// "Who is the Mexican president" is answered by such a passage before one
// about "the Mexican president's latest comments".
func (c *collector) namesHolder(text string, toks analysis.TokenStream, spans []corpus.Span) bool {
	return c.postIn(text, toks, spans, func(after string) bool {
		after = strings.TrimPrefix(after, ",")
		return strings.HasPrefix(after, " ") && startsUpper(after[1:])
	})
}

// postIn reports whether text, analyzed as toks, holds the question's post
// as a holder's noun, with what follows it in text accepted by then, and
// all that qualifies it within roleWindow words inside one of spans.
func (c *collector) postIn(text string, toks analysis.TokenStream, spans []corpus.Span, then func(after string) bool) bool {
	for i, tok := range toks {
		if !c.m.matches(string(tok.Term), c.q.role-1) || officeNoun(text[tok.Start:tok.End]) || !then(text[tok.End:]) {
			continue
		}
		k := slices.IndexFunc(spans, func(s corpus.Span) bool { return tok.Start >= s.Start && tok.End <= s.End })
		if k >= 0 && c.qualified(toks, i, spans[k]) {
			return true
		}
	}
	return false
}

// qualified reports whether every word that qualifies the question's post
// is within roleWindow words of toks[i], inside span.
func (c *collector) qualified(toks analysis.TokenStream, i int, span corpus.Span) bool {
	for _, want := range c.q.roleQuals {
		if !slices.ContainsFunc(toks, func(tok *analysis.Token) bool {
			if tok.Start < span.Start || tok.End > span.End || abs(tok.Position-toks[i].Position) > roleWindow {
				return false
			}
			return c.m.matches(string(tok.Term), want)
		}) {
			return false
		}
	}
	return true
}

// officeNoun reports whether a word names an office or is an adjective of
// one rather than its holder: "presidency", "presidential", "ministerial".
func officeNoun(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "ency") || strings.HasSuffix(w, "ential") || strings.HasSuffix(w, "erial") || strings.HasSuffix(w, "ship")
}

// lines returns the spans of text's lines.
func lines(text string) []corpus.Span {
	var out []corpus.Span
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			out = append(out, corpus.Span{Start: start, End: i})
			start = i + 1
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
