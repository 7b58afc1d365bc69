package search

import (
	"regexp"
	"slices"

	"github.com/blevesearch/bleve/v2/analysis"
	"strings"
	"unicode"
)

// Kinds of answer a question can ask for, and passages can hold. A passage
// is tagged with the kinds it holds when it is indexed (field "has"); a
// question that asks for a kind gives passages that hold it a small boost.
// "How many troops…" is answered by a passage with a number in it, "When
// did…" by one with a date, even when the question's other words match
// several passages equally.
const (
	kindNumber   = "number"
	kindDate     = "date"
	kindDuration = "duration"
)

// passageKinds returns the kinds of answer text holds.
func passageKinds(text string) []string {
	var number, date, duration bool
	for w := range strings.FieldsFuncSeq(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		w = strings.ToLower(w)
		switch {
		case isYear(w):
			date, number = true, true
		case ordinal(w):
			date = true // "the 7th Group" counts nothing; "September 3rd" is a date
		case w[0] >= '0' && w[0] <= '9':
			number = true
		case monthOrDay(w):
			date = true
			duration = duration || isMonth(w)
		case numberWord(w):
			number = true
		case timeUnit(w):
			duration = true
		}
	}
	return kindList(number, date, duration)
}

func kindList(number, date, duration bool) []string {
	var kinds []string
	if number {
		kinds = append(kinds, kindNumber)
	}
	if date {
		kinds = append(kinds, kindDate)
	}
	if duration {
		kinds = append(kinds, kindDuration)
	}
	return kinds
}

func isYear(w string) bool {
	if len(w) != 4 || !(strings.HasPrefix(w, "1") || strings.HasPrefix(w, "2")) {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w >= "1500" && w <= "2100"
}

func monthOrDay(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "jan", "feb", "mar", "apr",
		"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
		"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"yesterday", "today", "tomorrow":
		return true
	}
	return false
}

func isMonth(w string) bool {
	return monthOrDay(w) && !strings.HasSuffix(w, "day") && w != "tomorrow"
}

// timeUnit reports whether w measures time: an answer to "how long".
func timeUnit(w string) bool {
	switch w {
	case "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
		"month", "months", "year", "years", "decade", "decades":
		return true
	}
	return false
}

// numberWord reports whether w is a number spelled out. Two to twelve are
// left out: "the two leaders", "the two nations" are everywhere in news.
func numberWord(w string) bool {
	switch w {
	case "twenty", "thirty", "forty", "fifty", "hundred", "hundreds",
		"thousand", "thousands", "million", "millions", "billion", "billions",
		"trillion", "trillions", "dozen", "dozens", "percent", "half":
		return true
	}
	return false
}

// questionKinds returns the kinds of answer a question asks for, from its
// opening words: "how many", "how much", "what percentage" ask for a number;
// "when", "what year", "what day" for a date; "how long" for a duration.
func questionKinds(text string) []string {
	// a comma stays as a word of its own: it opens a clause (see
	// opensQuestion)
	words := strings.FieldsFunc(strings.ReplaceAll(strings.ToLower(text), ",", " , "), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ','
	})
	var number, date, duration bool
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "how" && next == "much" && i+2 < len(words) && extentNoun(words[i+2]):
			// "how much room does she have" asks how far, not how many
		case w == "how" && (next == "many" || next == "much" || next == "big" || next == "large" ||
			next == "far" || next == "old" || next == "often"):
			number = true
		case w == "how" && next == "long":
			duration = true
		case (w == "what" || w == "which") && (next == "percentage" || next == "percent" ||
			next == "share" || next == "number" || next == "amount"):
			number = true
		case w == "when" && opensQuestion(words, i) || (w == "what" || w == "which") && (next == "year" || next == "date" ||
			next == "day" || next == "month"):
			date = true
		}
	}
	return kindList(number, date, duration)
}

// extentNoun reports whether "how much" before w asks for an extent that
// news gives in words: "how much room", "how much say", "how much
// pressure".
func extentNoun(w string) bool {
	switch w {
	case "room", "leeway", "latitude", "wiggle", "say", "influence", "sway", "clout", "power",
		"control", "pressure", "freedom", "choice", "trust", "attention":
		return true
	}
	return false
}

// opensQuestion reports whether words[i] opens the question or a clause of
// it ("when did…", "and when…", "wait when was…", "do you know when…"):
// "when" there asks for a date, while in "was there tension when the
// cartels came up" it only sets the scene.
func opensQuestion(words []string, i int) bool {
	if i+1 < len(words) && (determiner(words[i+1]) || personalPronoun(words[i+1])) &&
		slices.ContainsFunc(words[i+2:], func(w string) bool { return questionOpener(w) && w != words[i] }) {
		// "when the article says strikes could force Mexico to retaliate,
		// what would that look like" asks what, in the light of when
		return false
	}
	if c := slices.Index(words[i+1:], ","); c >= 0 && i+c+2 < len(words) && questionOpener(words[i+c+2]) && words[i+c+2] != words[i] {
		// "when Sheinbaum turned down the offer, what's the line she
		// used" asks what
		return false
	}
	if i == 0 {
		return true
	}
	switch words[i-1] {
	case ",", // "a week after that call, when did she…"
		"and", "but", "so", "then", "exactly", "also", "ok", "okay",
		"till", "until", "since", // "till when", "since when"
		// what a member says before asking
		"wait", "hey", "hi", "hello", "yo", "oh", "ah", "hmm", "um", "uh", "lol", "btw", "fyi",
		"honestly", "tbh", "ngl", "idk", "yeah", "anyway", "anyways", "question", "please", "pls",
		"know", "idea", "remember", "recall", "me": // "any idea when", "remind me where"
		return true
	}
	return false
}

// reasonWord reports whether a word of a question only says that it asks
// why: "what's the reason", "Leavitt reason for tariffs", "for what
// purpose", "what's their reasoning", "what excuse did she give", "how did
// she justify the tariffs". The passage that answers gives the reason in
// its own words.
func reasonWord(w string) bool {
	switch w {
	case "reason", "reasons", "reasoning", "purpose", "motive", "motives", "rationale",
		"excuse", "excuses", "justification", "explanation", "justify", "justifies", "justified", "justifying":
		return true
	}
	return false
}

// lowerWords splits a question into its words in lower case: letters and
// digits, with apostrophes kept inside ("who's", "canada's").
func lowerWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// asksWhy reports whether a question asks for a reason: "why" or "how
// come" opening it or one of its clauses, or a word for the reason itself
// (see reasonWord).
func asksWhy(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		switch {
		case w == "why" || w == "why's" || w == "whys":
			return true
		case w == "how" && i+1 < len(words) && words[i+1] == "come":
			return true
		case w == "what" && i+1 < len(words) && causeVerb(words[i+1]):
			return true // "what made rubio call…", "what led to the tension"
		case w == "because" && slices.Contains(words[i+1:min(len(words), i+3)], "what"):
			return true // "because of what exactly"
		case reasonWord(w) && !(w == "excuse" && i+1 < len(words) && words[i+1] == "me"):
			return true
		}
	}
	return false
}

// causeVerb reports whether w, after "what", asks for a cause.
func causeVerb(w string) bool {
	switch w {
	case "made", "makes", "led", "leads", "caused", "causes", "prompted", "prompts", "drove", "drives",
		"triggered", "triggers", "sparked", "sparks", "motivated", "motivates":
		return true
	}
	return false
}

// reasonMarkers are the words and phrases with which news gives a reason.
// "Since" gives one after a comma ("…, since the cartels pay more"); opening
// a sentence it most often tells since when ("Since Trump returned…").
var reasonMarkers = []string{"because", "stems from", "stem from", "due to", "owing to", "thanks to",
	"the reason", "reasons", "as a result", "in retaliation", "given ", "driven by", "citing",
	"in response to", "so that", ", since ", "why "}

// givesReason reports whether a passage gives a reason (see reasonMarkers).
func givesReason(text string) bool { return holdsAny(text, reasonMarkers) }

// holdsAny reports whether text holds any of markers, which are in lower
// case, whatever its case.
func holdsAny(text string, markers []string) bool {
	lower := strings.ToLower(text)
	return slices.ContainsFunc(markers, func(m string) bool { return strings.Contains(lower, m) })
}

// givesAnswer returns the test of a sentence or passage that gives what
// q asks for in words of its own (a reason, an age, a birth; for how
// someone reacted or what they said, their quoted words or a word of
// reply: "We are not alarmed," Ms. Sheinbaum said), or nil when q asks
// for none of these.
func (q question) givesAnswer() func(text string) bool {
	switch {
	case q.why:
		return givesReason
	case q.age:
		return givesAge
	case q.born:
		return givesBirth
	case q.reply || q.asked&hasQuote != 0:
		return func(text string) bool { return quotes(text) || givesReply(text) }
	case q.feeling:
		return quotes
	}
	return nil
}

// asksExpansion reports whether a question asks what an acronym stands
// for: "what does UANI stand for", "what's DEA short for", "the acronym
// FTO", or "what is UANI" of a word in capitals that ends the question.
func asksExpansion(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		switch {
		case (w == "stand" || w == "stands" || w == "short") && i+1 < len(words) && words[i+1] == "for":
			return true
		case w == "acronym" || w == "abbreviation" || w == "initials":
			return true
		}
	}
	return namesAcronym(text)
}

// namesAcronym reports whether a question only asks what or who a word in
// capitals is: "what is UANI", "who's the DEA", "whats UANI?".
func namesAcronym(text string) bool {
	words := strings.Fields(strings.TrimRight(strings.TrimSpace(text), "?!. "))
	if len(words) > 0 {
		switch strings.ToLower(words[0]) {
		case "what's", "what’s", "whats", "who's", "who’s", "whos":
			words = append([]string{"what", "is"}, words[1:]...)
		}
	}
	if len(words) == 4 && strings.EqualFold(words[2], "the") {
		words = append(words[:2], words[3])
	}
	if len(words) != 3 || !strings.EqualFold(words[1], "is") && !strings.EqualFold(words[1], "are") {
		return false
	}
	switch strings.ToLower(words[0]) {
	case "what", "who":
	default:
		return false
	}
	x := words[2]
	return len(x) >= 2 && len(x) <= 6 && strings.ToUpper(x) == x && strings.ToLower(x) != x
}

// asksMeaning reports whether a question asks what a word or a name
// means ("what does gringo-bashing mean", "what does UANI stand for"):
// the word after its auxiliary is then a term the passage explains, not
// one who acts.
func asksMeaning(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		switch {
		case w == "mean" || w == "means" || w == "signify":
			return true
		case (w == "stand" || w == "refer") && i+1 < len(words) && (words[i+1] == "for" || words[i+1] == "to"):
			return true
		}
	}
	return false
}

// expansionWord reports whether w only frames a question that asks what
// an acronym stands for (see asksExpansion).
func expansionWord(w string) bool {
	switch w {
	case "stand", "stands", "short", "acronym", "abbreviation", "initials":
		return true
	}
	return false
}

// spellsOut reports whether a passage, as toks, spells out a question
// word that is an acronym: the filter that adds initials (withAcronyms)
// made the token from the words of a name, so it spans more than itself.
func spellsOut(toks analysis.TokenStream, m *matcher) bool {
	for _, tok := range toks {
		if tok.End-tok.Start > len(tok.Term)+1 {
			if _, ok := m.match(string(tok.Term)); ok {
				return true
			}
		}
	}
	return false
}

// unitWord reports whether w is a unit of measure: "miles", "km".
func unitWord(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "mile", "kilometer", "kilometre", "km", "meter", "metre", "feet", "foot", "yard", "inche", "inch",
		"acre", "hectare", "pound", "lb", "kilo", "kilogram", "kg", "ton", "tonne", "gram", "ounce",
		"gallon", "liter", "litre", "barrel", "calorie", "degree":
		return true
	}
	return false
}

// asksIdentity reports whether a question asks who someone is: "who is
// claver carone", "who's David Mora", "who was Noriega".
func asksIdentity(text string) bool {
	words := lowerWords(text)
	switch {
	case len(words) >= 3 && words[0] == "who" && (words[1] == "is" || words[1] == "was"):
		return true
	case len(words) >= 2 && (words[0] == "who's" || words[0] == "whos"):
		return true
	}
	return false
}

// asksSource reports whether a question asks which news organization
// reported something: "which network said drone strikes are on the
// table", "who first reported it", "where was it first reported".
func asksSource(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		switch w {
		case "which", "what":
			for _, n := range words[i+1 : min(len(words), i+3)] {
				if sourceNoun(n) {
					return true
				}
			}
		case "who", "where":
			for _, n := range words[i+1 : min(len(words), i+5)] {
				if n == "reported" || n == "report" || n == "broke" || n == "published" {
					return true
				}
			}
		}
	}
	return false
}

// sourceNoun reports whether w names a news organization.
func sourceNoun(w string) bool {
	switch w {
	case "network", "networks", "outlet", "outlets", "paper", "papers", "newspaper",
		"newspapers", "publication", "media", "channel", "news", "source", "site", "website":
		return true
	}
	return false
}

// sourceCited matches the ways news says who reported something: "NBC
// News reported", "according to the Border Report", "a report published
// Friday in the Wall Street Journal". A name of one word opening a
// sentence is not enough ("Officials reported").
var sourceCited = regexp.MustCompile(`(?:[A-Z][\w&.’'-]*\s+[A-Z][\w&.’'-]*|\b[A-Z]{2,}|[^.!?]\s+[A-Z][\w&.’'-]*)\s+(?:first\s+)?(?:reported|reports|revealed|published)\b` +
	`|\baccording to (?:the\s+)?[A-Z]` +
	`|\b(?:published|reported|report)\b[^.]{0,30}?\bin (?:the\s+)?[A-Z]`)

// citesSource reports whether text says which news organization reported
// something (see sourceCited).
func citesSource(text string) bool { return sourceCited.MatchString(text) }

// asksSuccession returns, in lower case, the word after "before" or
// "after" in a question that asks who held a post before or after
// someone, or what they did before: "who was Mexico's president before
// Sheinbaum" returns "sheinbaum". A question about a time before or
// after an event ("who did she call after the tariffs") returns "".
func asksSuccession(text string) string {
	words := lowerWords(text)
	who := false
	for i, w := range words {
		switch {
		case w == "who" || w == "who's" || w == "whom" || w == "whose",
			w == "what" && i+1 < len(words) && (words[i+1] == "job" || words[i+1] == "position" || words[i+1] == "post" || words[i+1] == "role"):
			who = true
		case who && (w == "before" || w == "after") && i+1 < len(words):
			next := unpossessed(words[i+1])
			if !eventWord(next) && !placeWords()[foldName(next)] && (i+2 >= len(words) || words[i+2] != "to") {
				// "who is rubio visiting after panama" asks about a
				// trip, not who held a post after someone; "the last
				// secretary before Rubio to go there first" asks who
				// did something
				return next
			}
		case who && (w == "predecessor" || w == "successor"):
			return w
		}
	}
	return ""
}

// eventWord reports whether a word after "before" or "after" opens the
// name of an event or a time rather than a person: "after the tariffs",
// "before 2025", "after she took office".
func eventWord(w string) bool {
	switch w {
	case "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
		"our", "my", "your", "it", "then", "being", "he", "she", "they", "we", "i", "you",
		"trump's", "last", "next", "each", "every":
		return true
	}
	return w == "" || w[0] >= '0' && w[0] <= '9' || askingWord(w)
}

// successionWords are the words with which news says who held a post
// before or after someone.
var successionWords = regexp.MustCompile(`(?i)\b(?:former|previous|predecessor|successor|preceded|succeeded|replaced|outgoing|then-)\b`)

// succeeds reports whether text says who came before or after someone:
// with a word of succession, or "before" or "after" and the word.
func succeeds(text, word string) bool {
	if successionWords.MatchString(text) {
		return true
	}
	lower := strings.ToLower(text)
	return strings.Contains(lower, "before "+word) || strings.Contains(lower, "after "+word)
}

// asksAge reports whether a question asks how old someone or something
// is: "how old was the cartel guy they interviewed".
func asksAge(text string) bool {
	words := lowerWords(text)
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "how" && words[i+1] == "old" {
			return true
		}
	}
	return false
}

// asksLeader reports whether a question asks who leads, runs or founded
// something: "who runs the sinaloa cartel these days", "who is the leader
// of the jalisco cartel", "who is in charge of the national guard".
func asksLeader(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		if w != "who" && w != "who's" && w != "whos" || !opensQuestion(words, i) {
			continue // "how did trump describe who runs mexico" asks how
		}
		rest := words[i+1 : min(len(words), i+4)]
		for k, r := range rest {
			switch r {
			case "runs", "running", "leads", "leading", "led", "heads", "headed", "chairs", "chaired",
				"directs", "commands", "founded", "started", "controls":
				return k == 0 || k == 1 && (rest[0] == "is" || rest[0] == "now" || rest[0] == "currently")
			case "leader", "head", "boss", "chief", "founder", "chairman", "chair", "director", "commander":
				// "who is the leader of…", not "who met the leader of…"
				be := w != "who" || rest[0] == "is" || rest[0] == "was" || rest[0] == "are"
				return be && k > 0 && (rest[k-1] == "the" || rest[k-1] == "new" || rest[k-1] == "current")
			case "charge":
				return k > 0 && rest[k-1] == "in"
			}
		}
	}
	return false
}

// givesLeader reports whether a passage says who leads, runs or founded
// something (see asksLeader): a word for leading near a name of two words
// ("Sinaloa Cartel leader Ismael Zambada", "led by Nemesio Oseguera").
func givesLeader(text string) bool { return leaderGiven.MatchString(text) }

var leaderGiven = func() *regexp.Regexp {
	lead := `\b(?:[Ll]eaders?|[Hh]eads?|[Hh]eaded|[Cc]hief|[Bb]oss|[Ff]ounders?|[Ff]ounded|[Kk]ingpin|[Cc]apo|[Cc]ommander|` +
		`[Dd]irector|[Cc]hair(?:man|woman|s)?|CEO|president of|led|leads|runs|run by|in charge of)\b`
	name := `\p{Lu}[\p{L}’'.-]+ \p{Lu}[\p{L}’'-]+`
	return regexp.MustCompile(lead + `[^.;]{0,40}?` + name + `|` + name + `[^.;]{0,40}?` + lead)
}()

// asksBackground reports whether a question asks what someone did before
// their post or studied: "what job did sheinbaum have before she became
// president", "what did marco rubio do before secretary of state", "what
// did sheinbaum study in university".
func asksBackground(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		switch w {
		case "before":
			for _, n := range words[i+1 : min(len(words), i+4)] {
				switch n {
				case "became", "becoming", "become", "going", "went", "entering", "entered", "joining", "joined", "secretary", "president":
					return true
				}
			}
		case "study", "studied", "studies":
			// "what did she study", and "what she studied" asked
			// within a sentence
			before := words[max(0, i-3):i]
			return i > 0 && (slices.Contains(words[:i], "did") || slices.Contains(words[:i], "does")) ||
				slices.Contains(before, "what") || slices.Contains(before, "where")
		case "university", "college", "school":
			// "where did she go to college", "which university did he
			// attend"
			for _, p := range slices.Concat(words[max(0, i-3):i], words[i+1:min(len(words), i+4)]) {
				switch p {
				case "go", "went", "attend", "attended", "attending", "graduate", "graduated":
					return true
				}
			}
		}
	}
	return false
}

// givesBackground reports whether a passage tells what someone did
// before, or studied (see asksBackground).
func givesBackground(text string) bool { return backgroundGiven.MatchString(text) }

var backgroundGiven = regexp.MustCompile(`(?i)\b(?:former|formerly|previously|used to|served as|worked as|career|studied|degree|graduated|before becoming|before (?:he|she) became)\b`)

// asksNameError reports whether a question asks whether a name was written
// wrong: "did Townhall misspell her name", "they got her name wrong",
// "can't even spell her name right", "a typo in his name".
func asksNameError(text string) bool {
	name, fault := false, false
	for _, w := range lowerWords(text) {
		switch {
		case misspelling(w):
			return true
		case nameNouns[w]:
			name = true
		case nameFaults[w], w == "right" && name: // "spell her name right"
			fault = true
		}
	}
	return name && fault
}

// nameNouns and nameFaults hold the words of a question about a name
// written wrong (see asksNameError): the name, and what was done to it.
var (
	nameNouns  = map[string]bool{"name": true, "names": true, "name's": true, "surname": true}
	nameFaults = map[string]bool{"wrong": true, "wrongly": true, "incorrectly": true, "botch": true, "botched": true,
		"butcher": true, "butchered": true, "mangle": true, "mangled": true, "mistake": true,
		"spell": true, "spelled": true, "spelt": true, "spelling": true}
)

// misspelling reports whether w says outright that something was written
// wrong: "misspelled", "typo".
func misspelling(w string) bool {
	return strings.HasPrefix(w, "misspel") || strings.HasPrefix(w, "mispel") || w == "typo" || w == "typos" || w == "misnamed"
}

// nameErrorWord reports whether w only frames a question about a name
// written wrong (see asksNameError), as "got" does in "they got her name
// wrong".
func nameErrorWord(w string) bool {
	switch w {
	case "right", "get", "gets", "got", "getting":
		return true
	}
	return nameNouns[w] || nameFaults[w] || misspelling(w)
}

// asksBirth reports whether a question asks when or where someone was
// born: "when was Sheinbaum born", "what year was he born".
func asksBirth(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		if w == "born" && i > 0 && slices.ContainsFunc(words[:i], func(p string) bool {
			return p == "when" || p == "year" || p == "where" || p == "date"
		}) {
			return true
		}
		if w == "birthday" || w == "birthplace" {
			return true
		}
	}
	return false
}

// givesBirth reports whether a passage tells when or where someone was
// born.
func givesBirth(text string) bool { return birthGiven.MatchString(text) }

var birthGiven = regexp.MustCompile(`(?i)\bborn\b|\bbirthday\b|\bbirthplace\b`)

// ageGiven matches the ways news gives an age: "a 39-year-old operative",
// "he is 39 years old", "aged 39", "at the age of 39", "López, 39, said".
var ageGiven = regexp.MustCompile(`(?i)\b\d+[- ](?:year|yr)s?[- ]old\b|\baged \d+\b|\bage of \d+\b|\p{Lu}\p{L}+, \d{1,3},`)

// givesAge reports whether a passage gives someone's age (see ageGiven).
func givesAge(text string) bool { return ageGiven.MatchString(text) }

// asksReply reports whether a question asks how someone answered what
// another did or said: "how did the White House respond", "what did
// Sheinbaum tell Trump when he offered troops", "after she went public,
// what did they say".
func asksReply(text string) bool {
	words := lowerWords(text)
	for _, w := range words {
		switch w {
		case "answer", "answered", "reply", "replied", "respond", "responded", "react", "reacted":
			return true
		case "tell", "told", "say", "said":
			// a clause of what came before, anywhere: "when he offered
			// troops", not "when was that" or "go after the cartels"
			for j := 0; j+1 < len(words); j++ {
				if (words[j] == "when" || words[j] == "after" && (j == 0 || !chasing(words[j-1]))) && !questionAux(words[j+1]) {
					return true
				}
			}
		}
	}
	return false
}

// asksFeeling reports whether a question asks how someone took something,
// which their own words tell best: "was Sheinbaum bothered by the spy
// plane", "did she freak out", "is she fine with it", "sheinbaum
// reaction".
func asksFeeling(text string) bool {
	words := lowerWords(text)
	for i, w := range words {
		switch w {
		case "reaction", "reactions", "bothered", "worried", "upset", "alarmed", "concerned", "nervous",
			"scared", "afraid", "angry", "mad", "annoyed", "pissed", "happy", "unhappy", "thrilled":
			return true
		case "freak", "freaked", "freaking":
			return i+1 < len(words) && words[i+1] == "out"
		case "fine", "ok", "okay", "cool", "comfortable":
			return i+1 < len(words) && words[i+1] == "with"
		}
	}
	return false
}

// chasing reports whether w, before "after", makes a verb of pursuit:
// "go after the cartels".
func chasing(w string) bool {
	switch w {
	case "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "chase", "chasing", "run", "running":
		return true
	}
	return false
}

var replyMarkers = []string{"rebuff", "reject", "respond", "response", "replied", "reply", "answered",
	"retort", "refus", "dismiss", "declin", "countered", "turned down", "pushed back", "address"}

// givesReply reports whether a passage tells how someone answered (see
// replyMarkers).
func givesReply(text string) bool { return holdsAny(text, replyMarkers) }
