package search

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"

	"github.com/coveragebot/coveragebot/corpus"
)

// Answer kinds as bits, for ranking: which kinds of answer a passage holds,
// read from its terms in the forward index, and which a question asks for.
type answerKind uint16

const (
	hasNumber answerKind = 1 << iota
	hasDate
	hasDuration
	hasPercent
	hasMoney
	hasName  // a name of several words: a person, a group, a place
	hasDay   // a day named relative to the news: "Saturday", "yesterday"
	hasQuote // words quoted: how someone put it
	hasPlace // a country, a state or a sea the question does not name (see places.go)
)

// termKinds tells, for each term of the corpus by id, the kinds of answer
// a passage using it holds. It is worked out once per generation, on first
// use, from the term list alone.
type termKinds struct {
	once  sync.Once
	kinds []answerKind
}

func (tk *termKinds) of(t *terms) []answerKind {
	tk.once.Do(func() {
		tk.kinds = make([]answerKind, len(t.names))
		common := topicShare * float64(len(t.bodyAt)-1)
		for id, name := range t.names {
			k := termKind(name)
			if k&hasPlace != 0 && float64(t.df[id]) > common {
				// the country the coverage is about answers no "where":
				// most of its passages name it
				k &^= hasPlace
			}
			tk.kinds[id] = k
		}
	})
	return tk.kinds
}

// kindOf returns the kinds of answer term stands for in this generation's
// corpus (see termKinds).
func (g *generation) kindOf(term string) answerKind {
	if id, ok := g.terms.ids[term]; ok {
		return g.kinds.of(g.terms)[id]
	}
	return termKind(term)
}

// termKind returns the kinds of answer an analyzed (stemmed) term stands
// for.
func termKind(t string) answerKind {
	if t == "" {
		return 0
	}
	if t[0] >= '0' && t[0] <= '9' {
		if ordinal(t) {
			// "the 7th Special Forces Group" counts nothing: an ordinal
			// is a day of the month at most ("September 3rd")
			return hasDate
		}
		k := hasNumber
		if isYear(t) {
			k |= hasDate
		}
		return k
	}
	switch t {
	case "percent", "percentag":
		return hasNumber | hasPercent
	case "billion", "million", "trillion", "dollar", "peso", "euro":
		return hasNumber | hasMoney
	case "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelv",
		"twenti", "thirti", "forti", "fifti", "sixti", "seventi", "eighti", "nineti",
		"hundr", "thousand", "dozen", "half", "doubl", "tripl":
		return hasNumber
	case "januari", "februari", "march", "april", "may", "june", "juli", "august",
		"septemb", "octob", "novemb", "decemb":
		return hasDate | hasDuration
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tomorrow":
		// in the news, most often the day something was said ("told
		// reporters Friday"): it answers "on which day", and "when" only
		// when nothing better does
		return hasDay
	case "second", "minut", "hour", "day", "week", "month", "year", "decad", "until", "since":
		return hasDuration
	}
	if placeTerms()[t] {
		return hasPlace
	}
	return 0
}

// ordinal reports whether a term that starts with a digit is an ordinal
// number: "7th", "1st", "22nd", "3rd".
func ordinal(t string) bool {
	i := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	if i < 0 {
		return false
	}
	switch t[i:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// answering returns the kinds of answer that can answer a question asking
// for asked, names left out: a number answers "how many" and "how much"; a
// date, a duration or a day of the week answers "when" ("last month",
// "Saturday"); a number, a date or a duration answers "how long" ("since
// 2019", "45 minutes").
func answering(asked answerKind) answerKind {
	var k answerKind
	switch {
	case asked&(hasNumber|hasPercent) != 0:
		k |= hasNumber | hasPercent | hasMoney
	case asked&hasMoney != 0:
		k |= hasMoney
	}
	if asked&(hasDate|hasDay) != 0 {
		k |= hasDate | hasDuration | hasDay
	}
	if asked&hasDuration != 0 {
		k |= hasNumber | hasDate | hasDuration
	}
	return k
}

// kindsOf returns the kinds of answer held by a passage with these terms.
// A place counts only when the question does not name it.
func kindsOf(ids []uint32, kinds []answerKind, m *matcher) answerKind {
	var k answerKind
	for _, id := range ids {
		if int(id) >= len(kinds) {
			continue
		}
		kid := kinds[id]
		if kid&hasPlace != 0 && m.q.asked&hasPlace != 0 {
			if _, _, ok := m.matchID(id); ok {
				kid &^= hasPlace
			}
		}
		k |= kid
	}
	return k
}

// askedKinds returns the kinds of answer a question asks for, as bits.
func askedKinds(text string) answerKind {
	// "what % of" is "what percent of"; a sentence ends like a clause, so
	// a question may open after what a member says first ("Rubio is going
	// to Latin America first. When was the last time that happened?")
	// a colon ends a clause as a comma does ("history fact for my class:
	// when was…")
	lower := strings.NewReplacer("%", " percent ", ",", " , ", ":", " , ").Replace(strings.ToLower(text))
	lower = markSentenceEnds(lower)
	words := strings.FieldsFunc(lower, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '$' || r >= 0x80 || r == ',')
	})
	var k answerKind
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case strings.Contains(w, "$"):
			k |= hasMoney
		case w == "how" && next == "many":
			k |= hasNumber
		case w == "how" && next == "much" && i+2 < len(words) && extentNoun(words[i+2]):
			// "how much room": an extent, in words
		case w == "how" && next == "much":
			k |= hasNumber | hasMoney
		case w == "how" && next == "far" && i+2 < len(words) && words[i+2] == "along":
			// "how far along are the talks": a stage, in words
		case w == "how" && (next == "big" || next == "large" || next == "far" || next == "old" || next == "often"):
			k |= hasNumber
		case w == "how" && next == "long":
			k |= hasDuration
		case (w == "what" || w == "which") && (next == "percentage" || next == "percent" || next == "share" || next == "proportion" || next == "fraction"):
			k |= hasPercent | hasNumber
		case (w == "what" || w == "which") && (next == "number" || next == "amount"):
			k |= hasNumber
		case (w == "what" || w == "which") && next == "day":
			k |= hasDate | hasDay
		case w == "when" && opensQuestion(words, i) || (w == "what" || w == "which") && (next == "year" || next == "date" || next == "month"),
			w == "date" && next == "of" && opensQuestion(words, i): // "date of the call where it got tense"
			k |= hasDate
		case w == "where" && opensQuestion(words, i):
			k |= hasPlace
		case (w == "what" || w == "which") && (placeNoun(next) || i+2 < len(words) && placeNoun(words[i+2])):
			// a place, by its name: "Costa Rica"
			k |= hasPlace | hasName
		case (w == "who" || w == "whom" || w == "whose" || w == "whos") && !(i > 0 && (words[i-1] == "about" || words[i-1] == "on" || words[i-1] == "over")):
			// "what did trump claim about who controls mexico" asks what
			// he claimed
			k |= hasName
		case w == "which" && next != "" && !kindNoun(next) && !auxiliary(next),
			w == "what" && entityNoun(next):
			k |= hasName
		case strings.HasPrefix(w, "describ") || strings.HasPrefix(w, "characteri") || strings.HasPrefix(w, "portray") || strings.HasPrefix(w, "depict") ||
			w == "frame" || w == "frames" || w == "framed" || w == "framing" || w == "quote" || w == "quotes" || w == "words" && (i > 0 && (words[i-1] == "exact" || words[i-1] == "own")):
			k |= hasQuote
		case (w == "line" || w == "lines") && i > 0 && (words[i-1] == "exact" || words[i-1] == "actual" || words[i-1] == "full"),
			w == "verbatim" || w == "wording",
			w == "word" && next == "for" && i+2 < len(words) && words[i+2] == "word":
			// "what's the exact line she used", "word for word"
			k |= hasQuote
		case namingCall(words, i):
			// "what did Sheinbaum call the drone flights" asks for her
			// words: "a little campaign"
			k |= hasQuote
		case w == "percent" || w == "percentage":
			k |= hasPercent
		case (w == "rate" || w == "rates") && i > 0 && slices.ContainsFunc(words[max(0, i-3):i], func(p string) bool { return p == "what" || p == "which" }):
			// "what tariff rate": a share, most often a percentage
			k |= hasPercent | hasNumber
		case w == "money" || w == "dollars":
			k |= hasMoney
		}
	}
	if k == 0 && (slices.Contains(words, "what") || slices.Contains(words, "how")) && (slices.ContainsFunc(words, replyWord) || sayingWho(words)) {
		// "what did Sheinbaum tell Trump", "what did she answer", "how did
		// she respond" ask for her words
		k |= hasQuote
	}
	if k == 0 && slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "compar") || w == "liken" || w == "likened" }) {
		// "what did Rubio compare the boats to" asks for his words: "like
		// a cruise ship"
		k |= hasQuote
	}
	if k&hasMoney != 0 && slices.ContainsFunc(words, moneyWord) {
		// "how much does the US spend on the wall" asks for a sum of
		// money: "a 45-minute call" does not answer it
		k &^= hasNumber
	}
	return k
}

// sayingWho reports whether words ask what someone said or thinks: "say"
// or "think" after who says it ("what did rubio say about security
// cooperation", "what does the cornell professor think mexico should
// do"), whose words a passage quotes. After "it" they ask what something
// means ("what does it say that analysts are even talking about
// strikes"), and after "you" or "I" for an opinion.
func sayingWho(words []string) bool {
	for i, w := range words {
		if i == 0 || w != "say" && w != "said" && w != "think" && w != "thinks" {
			continue
		}
		switch words[i-1] {
		case "it", "that", "this", "you", "i":
		default:
			return true
		}
	}
	return false
}

// replyWord reports whether w, in lower case, says that someone told or
// answered someone.
func replyWord(w string) bool {
	switch w {
	case "tell", "answer", "answered", "reply", "replied", "respond", "responded":
		return true
	}
	return false
}

// namingCall reports whether words[i], "call", asks what someone called
// something, as in "what did Sheinbaum call the drone flights": "what",
// an auxiliary, and one to three words naming who, none of which sets up
// a phone call ("what did they say on the call").
func namingCall(words []string, i int) bool {
	if words[i] != "call" && words[i] != "calls" {
		return false
	}
	for j := max(0, i-5); j+2 < i; j++ {
		if words[j] != "what" || !questionAux(words[j+1]) {
			continue
		}
		return !slices.ContainsFunc(words[j+2:i], func(w string) bool {
			switch w {
			case "the", "a", "an", "on", "in", "during", "over", "by", "phone", "that", "this", "first", "last", "their", "say", "said":
				return true
			}
			return false
		})
	}
	return false
}

// moneyWord reports whether w, in lower case, speaks of money: a
// question that asks "how much" with it asks for a sum.
func moneyWord(w string) bool {
	switch w {
	case "money", "cash", "dollars", "dollar", "pesos", "spend", "spends", "spent", "spending",
		"cost", "costs", "costing", "pay", "pays", "paid", "paying", "budget", "budgets",
		"fee", "fees", "price", "prices", "priced", "salary", "salaries", "earn", "earns",
		"earned", "worth", "fund", "funds", "funding", "funded":
		return true
	}
	return strings.Contains(w, "$")
}

// answerKinds returns the kinds of answer held by the windowSentences
// consecutive sentences of a passage that hold the largest share of the
// question's weight (each question word counted once). The number or date
// a question asks for must be in the sentences that speak of its subject,
// not anywhere in the paragraph. toks are p.Text analyzed.
func answerKinds(g *generation, p corpus.Passage, toks analysis.TokenStream, q question, m *matcher) answerKind {
	if q.total == 0 {
		return 0
	}
	var share float64
	var kinds answerKind
	sents := sentences(p)
	type hit struct {
		term int // question term, or -1
		kind answerKind
	}
	hits := make([][]hit, len(sents))
	s, prevName := 0, -2
	for _, tok := range toks {
		for s < len(sents) && tok.Start >= sents[s].End {
			s++
		}
		if s == len(sents) {
			break
		}
		i, ok := m.match(string(tok.Term))
		k := g.kindOf(string(tok.Term))
		if ok {
			k &^= hasPlace // a place the question names is not the answer
		}
		// two name words in a row that the question does not hold: a name
		// the question may be asking for
		name := !ok && nameWord(p.Text, tok, sents[s].Start)
		if name && prevName == tok.Position-1 {
			k |= hasName
		}
		prevName = -2
		if name {
			prevName = tok.Position
		}
		if !ok && k == 0 {
			continue
		}
		if !ok {
			i = -1
		}
		hits[s] = append(hits[s], hit{i, k})
	}
	if q.asked&hasName != 0 {
		for i, sn := range sents {
			if attribution(p.Text[sn.Start:sn.End]) {
				hits[i] = append(hits[i], hit{-1, hasName})
			}
		}
	}
	if q.asked&hasQuote != 0 {
		for i, sn := range sents {
			if quotes(p.Text[sn.Start:sn.End]) {
				hits[i] = append(hits[i], hit{-1, hasQuote})
			}
		}
	}
	seen := make([]bool, len(q.terms))
	for from := range sents {
		clear(seen)
		var got float64
		var k answerKind
		for to := from; to < len(sents) && to < from+windowSentences; to++ {
			for _, h := range hits[to] {
				k |= h.kind
				if h.term >= 0 && !seen[h.term] {
					seen[h.term] = true
					got += q.terms[h.term].weight
				}
			}
		}
		if got > share*q.total+1e-9 || got >= share*q.total-1e-9 && bitsOf(k&q.asked) > bitsOf(kinds&q.asked) {
			share, kinds = got/q.total, k
		}
	}
	return kinds
}

// attribution reports whether a sentence says who said something by their
// post: "…, the senator said", "the official added". It answers "who says
// the mission was her request" as a name would.
func attribution(sentence string) bool {
	words := strings.Fields(strings.ToLower(sentence))
	for i := 1; i < len(words); i++ {
		if speechVerb[strings.TrimRight(words[i], ".,;:!?”’\"'")] {
			w := strings.TrimRight(words[i-1], "s")
			if roleNoun(w) || w == "official" || w == "expert" || w == "analyst" || w == "editor" {
				return true
			}
		}
	}
	return false
}

// windowSentences is how many consecutive sentences answerKinds looks at.
const windowSentences = 2

func bitsOf(k answerKind) int { return bits.OnesCount16(uint16(k)) }

// kindNoun reports whether "which" or "what" before w asks for a kind of
// answer other than a name ("which year", "what percentage").
func kindNoun(w string) bool {
	switch w {
	case "year", "years", "date", "day", "days", "month", "months", "time", "times",
		"percent", "percentage", "share", "number", "amount", "proportion", "fraction":
		return true
	}
	return false
}

// auxiliary reports whether w is an auxiliary verb, as in "which is",
// "what did".
func auxiliary(w string) bool {
	switch w {
	case "is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
		"will", "would", "can", "could", "should", "may", "might", "must", "of":
		return true
	}
	return false
}

// entityNoun reports whether "what" before w asks for a name ("what
// newspaper", "what group").
func entityNoun(w string) bool {
	switch w {
	case "paper", "newspaper", "outlet", "network", "channel", "company", "companies",
		"group", "groups", "unit", "units", "agency", "agencies", "organization",
		"organizations", "organisation", "country", "countries", "city", "cities",
		"state", "states", "party", "senator", "official", "officials", "minister",
		"university", "cartel", "cartels", "firm", "team", "department":
		return true
	}
	return false
}

// nameWord reports whether tok, of text, may be part of a name: a word
// in capitals that does not open a sentence.
func nameWord(text string, tok *analysis.Token, sentStart int) bool {
	if tok.Type != analysis.AlphaNumeric {
		return false
	}
	if tok.Start <= sentStart {
		// a word in capitals opens a sentence; one all in capitals is
		// still a name ("NBC News reported")
		return acronym(text[tok.Start:tok.End])
	}
	c := text[tok.Start]
	return c >= 'A' && c <= 'Z' || c >= 0xC0 && unicode.IsUpper([]rune(text[tok.Start:tok.End])[0])
}

// acronym reports whether w is two or more capital letters and nothing else.
func acronym(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// namesA reports whether text, analyzed as toks, holds a name that ends in
// question term i or one of its synonyms, written in capitals after
// another word in capitals: "Special Forces Group" for "which unit",
// "the Sinaloa Cartel" for "which cartel".
func namesA(text string, toks analysis.TokenStream, i int, m *matcher) bool {
	var prev *analysis.Token
	for _, tok := range toks {
		if m.matches(string(tok.Term), i) && prev != nil && prev.Position == tok.Position-1 &&
			upperAt(text, tok.Start) && upperAt(text, prev.Start) {
			return true
		}
		prev = tok
	}
	return false
}

// upperAt reports whether the word at byte offset i of text starts with a
// capital letter.
func upperAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsUpper(r)
}

// quotes reports whether a sentence quotes someone's words: it opens a
// double quotation mark, or a single one at the start of a word.
func quotes(s string) bool {
	prev := ' '
	for _, r := range s {
		switch {
		case r == '“' || r == '"':
			return true
		case r == '‘' && (unicode.IsSpace(prev) || unicode.IsPunct(prev)):
			return true
		}
		prev = r
	}
	return false
}

// continuesQuote reports whether a passage quotes someone it names only by
// a pronoun or a common noun: “…,” she said; “…,” the statement said.
// News names the speaker in the sentence before ("White House spokeswoman
// Anna Kelly said…"), which then counts as the passage's own words: "what
// did the spokeswoman say Mexico still has to do" is answered by the quote.
func continuesQuote(text string) bool {
	text = strings.TrimSpace(text)
	open, size := utf8.DecodeRuneInString(text)
	if open != '“' && open != '"' {
		return false
	}
	rest := text[size:]
	end := strings.IndexAny(rest, "”\"") // where the quote closes
	if end < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(rest[end:])
	said := rest[end+n:]
	if i := strings.IndexAny(said, "“\""); i >= 0 {
		said = said[:i] // “…,” she said, “…”
	}
	words := strings.FieldsFunc(said, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) })
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
