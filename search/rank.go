package search

import (
	"strings"
	"sync"
)

// Answer kinds as bits, for ranking: which kinds of answer a passage holds,
// read from its terms in the forward index, and which a question asks for.
const (
	hasNumber uint8 = 1 << iota
	hasDate
	hasDuration
	hasPercent
	hasMoney
)

// termKinds tells, for each term of the corpus by id, the kinds of answer
// a passage using it holds. It is worked out once per generation, on first
// use, from the term list alone.
type termKinds struct {
	once  sync.Once
	kinds []uint8
}

func (tk *termKinds) of(t *terms) []uint8 {
	tk.once.Do(func() {
		tk.kinds = make([]uint8, len(t.names))
		for id, name := range t.names {
			tk.kinds[id] = termKind(name)
		}
	})
	return tk.kinds
}

// termKind returns the kinds of answer an analyzed (stemmed) term stands
// for.
func termKind(t string) uint8 {
	if t == "" {
		return 0
	}
	if t[0] >= '0' && t[0] <= '9' {
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
	case "januari", "februari", "march", "april", "june", "juli", "august",
		"septemb", "octob", "novemb", "decemb":
		return hasDate | hasDuration
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tomorrow":
		return hasDate
	case "second", "minut", "hour", "day", "week", "month", "year", "decad", "until", "since":
		return hasDuration
	}
	return 0
}

// kindsOf returns the kinds of answer held by a passage with these terms.
func kindsOf(ids []uint32, kinds []uint8) uint8 {
	var k uint8
	for _, id := range ids {
		if int(id) < len(kinds) {
			k |= kinds[id]
		}
	}
	return k
}

// askedKinds returns the kinds of answer a question asks for, as bits.
func askedKinds(text string) uint8 {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '$' || r >= 0x80)
	})
	var k uint8
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
		case w == "how" && next == "much":
			k |= hasNumber | hasMoney
		case w == "how" && (next == "big" || next == "large" || next == "far" || next == "old" || next == "often"):
			k |= hasNumber
		case w == "how" && next == "long":
			k |= hasDuration
		case (w == "what" || w == "which") && (next == "percentage" || next == "percent" || next == "share" || next == "proportion" || next == "fraction"):
			k |= hasPercent | hasNumber
		case (w == "what" || w == "which") && (next == "number" || next == "amount"):
			k |= hasNumber
		case w == "when" || (w == "what" || w == "which") && (next == "year" || next == "date" || next == "day" || next == "month"):
			k |= hasDate
		case w == "percent" || w == "percentage":
			k |= hasPercent
		case w == "money" || w == "dollars" || w == "cost" || w == "worth":
			k |= hasMoney
		}
	}
	return k
}
