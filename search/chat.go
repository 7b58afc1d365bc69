package search

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
)

// Members ask in chat: in lower case, with chat spellings ("wat", "whats",
// "abt", "r"), contractions without their apostrophe ("dont", "isnt") and
// words that speak of the asker rather than of the subject ("honestly",
// "lol", "i'm curious", "those guys", "the drone stuff"). This file
// rewrites the spellings to the words they stand for before a question is
// analyzed, and names the words a question is better off without.

// chatSpellings maps a chat spelling of a common English word to the
// word. It holds function words and abbreviations of chat, never a word
// that names a subject.
var chatSpellings = map[string]string{
	"wat": "what", "wut": "what", "wht": "what", "whta": "what", "waht": "what",
	"whats": "what's", "wats": "what's", "wuts": "what's",
	"whos": "who's", "wheres": "where's", "whens": "when's", "hows": "how's", "whys": "why's",
	"u": "you", "ur": "your", "r": "are", "ya": "you", "yall": "you", "da": "the",
	"abt": "about", "bout": "about", "w/": "with", "w/o": "without", "w": "with", "thru": "through",
	"n": "and", "btwn": "between", "betw": "between", "mx": "mexico",
	"bc": "because", "b/c": "because", "cuz": "because", "coz": "because", "cos": "because",
	"tho": "though", "im": "i'm", "ive": "i've", "dont": "don't", "doesnt": "doesn't",
	"didnt": "didn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
	"werent": "weren't", "cant": "can't", "couldnt": "couldn't", "wouldnt": "wouldn't",
	"shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
	"theyre": "they're", "youre": "you're", "thats": "that's", "theres": "there's",
	"theyve": "they've", "weve": "we've", "youve": "you've", "theyll": "they'll", "youll": "you'll",
	"wont": "won't", "shes": "she's", "hes": "he's", "aint": "isn't", "rite": "right", "grp": "group",
	"whaddya": "what", "wanna": "want to", "gimme": "give me", "lemme": "let me",
	"what'd": "what did", "who'd": "who did", "where'd": "where did", "when'd": "when did",
	"why'd": "why did", "how'd": "how did",
	"govt": "government", "gov't": "government", "admin": "administration",
	"dept": "department", "intl": "international", "ppl": "people", "org": "organization",
	"orgs": "organizations", "prolly": "probably", "pls": "please", "plz": "please",
	"yr": "year", "yrs": "years", "hr": "hour", "hrs": "hours",
	"min": "minute", "mins": "minutes", "wk": "week", "wks": "weeks",
	"prof": "professor", "profe": "professor",
	"pres": "president", "mil": "military", "mex": "mexico", "stmt": "statement", "univ": "university",
	"uni": "university", "anon": "anonymous", "natl": "national", "gov": "government", "info": "information",
	"econ": "economy", "latam": "Latin America", "spec": "special", "ops": "operations", "re": "about", // "re:" heads a subject line
	"mo": "month", "mos": "months", "jan": "January", "feb": "February", "apr": "April", "jun": "June",
	"jul": "July", "aug": "August", "sept": "September", "oct": "October", "nov": "November",
	"dec": "December", "tues": "Tuesday", "thurs": "Thursday", "fri": "Friday",
	// the question and linking words of Spanish that bilingual members
	// mix into an English question ("cuántos soldiers were sent?")
	"qué": "what", "que": "what", "cuándo": "when", "cuando": "when", "dónde": "where", "donde": "where",
	"quién": "who", "quien": "who", "quiénes": "who", "quienes": "who", "cómo": "how",
	"cuántos": "how many", "cuantos": "how many", "cuántas": "how many", "cuantas": "how many",
	"cuánto": "how much", "cuanto": "how much", "cuánta": "how much", "cuál": "which", "cuáles": "which",
	"dijo": "said", "dice": "says", "dicen": "say", "hay": "are there", "después": "after",
	"despues": "after", "antes": "before", "sobre": "about", "pero": "but", "también": "also",
}

// spanishFunctionWord reports whether w, a word the articles never use, is
// an article, a preposition or a pronoun of Spanish ("los aranceles", "la
// presidenta"): a bilingual member's question is better off without it,
// as without an English stop word. One the articles use stays ("El
// Salvador", "Infantería de Marina").
func spanishFunctionWord(w string) bool {
	switch w {
	case "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "en",
		"con", "por", "para", "su", "sus", "lo", "le", "les", "se", "es", "son", "fue", "este",
		"esta", "está", "esto", "eso", "ese", "esa", "muy", "más", "mas", "sin", "entre", "ya",
		"y", "o", "ha", "han", "hemos", "contra", "aquí", "aqui", "ahí", "allí", "mi", "mis", "tu", "tus",
		"nuestro", "nuestra", "nuestros", "nuestras", "quiero", "quiere", "necesito", "hola", "gracias",
		"pues", "entonces", "porque", "nadie", "vez", "va", "van", "ir", "voy",
		"pasa", "pasó", "pasaría", "pasará": // "qué pasaría si…" asks what would happen
		return true
	}
	return false
}

// phrasalVerbs rewrites the phrases of spoken English that say with a
// stop word what news says with a verb: "say no" is "refuse", "say yes"
// is "agree", "turn down" is "reject". Each is a verb and a particle, so
// it is matched as two words whatever the case.
var phrasalVerbs = []struct {
	keys []string // the phrase cannot match a text without all of these
	re   *regexp.Regexp
	with string
}{
	{[]string{"sa", "no"}, regexp.MustCompile(`(?i)\b(say|says|said|saying)\s+no\b`), "refused"},
	{[]string{"t", "no"}, regexp.MustCompile(`(?i)\b(?:tell|tells|told|telling)\s+((?:\w+\s+)?)no\b`), "refused ${1}"},
	{[]string{"sa", "yes"}, regexp.MustCompile(`(?i)\b(say|says|said|saying)\s+yes\b`), "agreed"},
	{[]string{"sa", "ok"}, regexp.MustCompile(`(?i)\b(say|says|said|saying)\s+(ok|okay)\b`), "agreed"},
	{[]string{"ok"}, regexp.MustCompile(`(?i)\b(ok'd|ok’d|okd|okayed|okay'd|okay’d)\b`), "approved"},
	{[]string{"turn", "down"}, regexp.MustCompile(`(?i)\b(turn|turns|turned|turning)\s+(it\s+|that\s+|this\s+|him\s+|her\s+|them\s+)?down\b`), "rejected"},
	{[]string{"sho", "down"}, regexp.MustCompile(`(?i)\b(shoot|shoots|shot)\s+(it\s+|that\s+|this\s+|him\s+|her\s+|them\s+)?down\b`), "rejected"},
	{[]string{"case"}, regexp.MustCompile(`(?i)\b(worst|best)[- ]case(\s+scenario)?\b`), ""},
	// "us" in lower case closing a question after a preposition of
	// movement is the country: "how many were extradited to us", "drugs
	// coming from us"; the analyzer cannot tell it from the pronoun
	{[]string{"us"}, regexp.MustCompile(`\b(to|into|from|in)\s+us\s*([?.!]*)\s*$`), "${1} US${2}"},
	// to keep someone happy, or off one's back, is to appease them
	{[]string{"happy"}, regexp.MustCompile(`(?i)\b(?:keep|keeps|keeping|kept)\s+((?:\w+\s+){0,2}?)happy\b`), "appease ${1}"},
	{[]string{"sweet"}, regexp.MustCompile(`(?i)\b(?:keep|keeps|keeping|kept)\s+((?:\w+\s+){0,2}?)sweet\b`), "appease ${1}"},
	// to keep someone from doing something is to avert it
	{[]string{"from"}, regexp.MustCompile(`(?i)\b(?:keep|keeps|keeping|kept)\s+((?:\w+\s+){0,2}?)from\s+(\w+ing)\b`), "avert ${1}${2}"},
	{[]string{"back"}, regexp.MustCompile(`(?i)\b(?:keep|keeps|keeping|kept)\s+((?:\w+\s+){0,2}?)off\s+(?:my|your|his|her|its|our|their)\s+backs?\b`), "appease ${1}"},
	// a word the phone put for the one typed: "is the cia aloud to strike"
	{[]string{"aloud", "to"}, regexp.MustCompile(`(?i)\baloud\s+to\b`), "allowed to"},
	// people who move to another country emigrate: "so many mexicans
	// moving to the us"
	{[]string{"mov", "to"}, regexp.MustCompile(`(?i)\b(?:move|moves|moved|moving)\s+(to|into)\s+((?:the\s+)?(?:us|u\.s\.?|usa|united\s+states|america|states|mexico|canada)\b)`), "emigrating ${1} ${2}"},
	// a member who asks for the gist asks the question itself:
	// "tl;dr of the tariff thing", "short version of the rubio trip"
	{[]string{"dr"}, regexp.MustCompile(`(?i)\btl\s*[;:,]?\s*dr\b`), "tldr"},
	{[]string{"short", "version"}, regexp.MustCompile(`(?i)\bshort\s+version\b`), "gist"},
	{[]string{"green", "light"}, regexp.MustCompile(`(?i)\bgreen[- ]?light(s|ed)?\b`), "approved"},
	// to go back to doing something is to return to it; "going back to
	// the 1800s" is a span of time
	{[]string{"back", "to"}, regexp.MustCompile(`(?i)\b(?:go|goes|went|going|gone)\s+back\s+to\s+(\w+ing)\b`), "return to ${1}"},
	// what the asker keeps hearing is what they ask about: "I keep
	// hearing the Green Berets are heading in"
	{[]string{"hearing"}, regexp.MustCompile(`(?i)\b(?:i\s+|i'?ve\s+|we\s+)?(?:keep|kept|been|am|i'm|im)\s+hearing(?:\s+that)?\b`), ""},
	// the CIA by the name its officers give it: "what's the Agency been
	// doing"; "the agency" in lower case may be any
	{[]string{"agency"}, regexp.MustCompile(`\b(?:the|The)\s+Agency\b`), "the CIA"},
	{[]string{"the", "go", "ahead"}, regexp.MustCompile(`(?i)\bthe\s+go[- ]ahead\b`), "approval"},
	{[]string{"sign", "off"}, regexp.MustCompile(`(?i)\b(sign|signs|signed)\s+off\s+on\b`), "approved"},
	// criminals sent, shipped or handed over to another country for trial
	// are extradited: "how many cartel bosses has mexico sent to the us"
	{[]string{" to "}, regexp.MustCompile(`(?i)\b((?:` + wanted + `)\b.*?\b)(?:` + handedOver + `)(\s+(?:them\s+)?(?:over|off|north|up))?(\s+to\s+(?:the\s+)?(?:us|u\.s\.?|usa|united\s+states|america|americans|states)\b)`), "${1}extradited${3}"},
	// or sent north: "how many high-level guys sent north"
	{[]string{"north"}, regexp.MustCompile(`(?i)\b((?:` + wanted + `)\b.*?\b)(?:` + handedOver + `)(\s+(?:them\s+)?(?:over\s+|off\s+)?north\b)`), "${1}extradited${2}"},
}

// wanted matches the words for those a country hands over to another for
// trial, and handedOver the verbs members use for it (see phrasalVerbs).
const handedOver = `send|sends|sent|sending|ship|ships|shipped|shipping|hand|hands|handed|handing`

const wanted = `cartel|cartels|narco|narcos|gang|gangs|kingpin|kingpins|boss|bosses|capo|capos|trafficker|traffickers|` +
	`criminal|criminals|fugitive|fugitives|big\s+shots?|bigwigs?|lords?|operatives?|suspects?|high[- ]level|high[- ]ranking|higher[- ]ups`

// newsAcronyms maps the acronyms of American news that stand for names
// articles write out in lower case or in fewer than three words, so that the
// analyzer adds no initials for them (see withAcronyms): "the WH statement",
// "how many cartels are FTOs".
var newsAcronyms = map[string]string{
	"WH": "White House", "SOF": "special operations forces", "GOP": "Republican", "AMLO": "López Obrador",
	"NORTHCOM": "Northern Command", "SOUTHCOM": "Southern Command",
	"DoD": "Defense Department", "DOD": "Defense Department", "DOJ": "Justice Department",
	"FTO": "foreign terrorist organization", "FTOs": "foreign terrorist organizations",
	"FTOS": "foreign terrorist organizations", // for "ftos" in lower case
	// the jargon of defense analysts
	"HVT": "high-value target", "HVTs": "high-value targets", "HVTS": "high-value targets",
	"TCO": "transnational criminal organization", "TCOs": "transnational criminal organizations",
	"TCOS": "transnational criminal organizations", "COA": "course of action", "SFG": "Special Forces Group", "SF": "Special Forces",
	"ISR":      "intelligence and surveillance",
	"SecState": "Secretary of State", "SECSTATE": "Secretary of State", "SecDef": "Defense Secretary",
	"SECDEF": "Defense Secretary", "POTUS": "President", "NATSEC": "national security",
}

// newsAcronym returns the name w stands for when w is an acronym of
// newsAcronyms as written there or all in lower case ("northcom", "the wh
// statement"): none of them is a word of English.
func newsAcronym(w string) (string, bool) {
	if r, ok := newsAcronyms[w]; ok {
		return r, true
	}
	if w != strings.ToLower(w) {
		return "", false
	}
	r, ok := newsAcronyms[strings.ToUpper(w)]
	return r, ok
}

// spellPercent writes "percent" for each percent sign of text that stands
// for the word ("what % of mexicans…", "tariff%?"): not one written
// against a number ("25%", "10 %" is left for the analyzer to read) nor
// one of a run of signs ("%%%").
func spellPercent(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		prev := strings.TrimRight(text[:i], " ")
		afterNumber := prev != "" && prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9'
		inRun := i > 0 && text[i-1] == '%' || i+1 < len(text) && text[i+1] == '%'
		if afterNumber || inRun {
			b.WriteByte(c)
			continue
		}
		if i > 0 && text[i-1] != ' ' {
			b.WriteByte(' ')
		}
		b.WriteString("percent")
	}
	return b.String()
}

// normalizeChat rewrites the chat spellings of text (see chatSpellings),
// word by word, and the phrasal verbs of spoken English (see
// phrasalVerbs), leaves out mentions (see mention), and keeps everything
// else as it is.
func normalizeChat(text string) string {
	if strings.ContainsAny(text, "¿¡") {
		// Spanish opens a question or an exclamation with a mark of its
		// own: "¿Qué dijo Sheinbaum?"
		text = strings.TrimSpace(strings.NewReplacer("¿", " ", "¡", " ").Replace(text))
	}
	if strings.ContainsAny(text, "@<") {
		text = strings.TrimSpace(mention.ReplaceAllString(text, "$1"))
	}
	text = unshout(text)
	if m := opener.FindString(text); m != "" {
		// "ok so" alone asks nothing, and nothing is left; "ok" alone
		// is the word
		if rest := strings.TrimSpace(text[len(m):]); rest != "" || len(strings.Fields(m)) > 1 {
			text = rest
		}
	}
	if m := formLabel.FindStringSubmatchIndex(text); m != nil && m[1] < len(text) {
		// "Date: Sheinbaum's public refusal" asks when
		text = formQuestions[strings.ToLower(text[m[2]:m[3]])] + " " + text[m[1]:]
	}
	if t := strings.TrimSpace(purpose.ReplaceAllString(text, "")); t != "" && t != text {
		text = t
	}
	if m := askerLead.FindStringSubmatchIndex(text); m != nil && m[1] < len(text) {
		if w := strings.ToLower(text[m[2]:m[3]]); asker(w) || relative(w) {
			// "A patron wants to know how much…" asks how much
			text = text[m[1]:]
		}
	}
	lower := strings.ToLower(text)
	for _, p := range phrasalVerbs {
		if containsAll(lower, p.keys) && p.re.MatchString(text) {
			text = p.re.ReplaceAllString(text, p.with)
		}
	}
	if strings.Contains(text, "%") && strings.ContainsFunc(text, unicode.IsLetter) {
		text = spellPercent(text)
	}
	var b strings.Builder
	changed := false
	i := 0
	for i < len(text) {
		if !isWordByte(text[i]) && text[i] != '/' {
			b.WriteByte(text[i])
			i++
			continue
		}
		j := i
		// an apostrophe or a dot between letters stays in the word:
		// "don't", "U.S."
		for j < len(text) && (isWordByte(text[j]) || text[j] == '/' ||
			(text[j] == '\'' || text[j] == '.') && j > i && j+1 < len(text) && isWordByte(text[j+1])) {
			j++
		}
		w := text[i:j]
		if k := strings.IndexByte(w, '/'); k >= 0 {
			if _, ok := chatSpellings[strings.ToLower(w)]; !ok {
				// a slash between words ("US/MX") is not part of one
				// as in "w/o"
				if k == 0 {
					b.WriteByte('/')
					i++
					continue
				}
				j = i + k
				w = text[i:j]
			}
		}
		if n, ok := thousands(w); ok {
			b.WriteString(n) // "10k troops"
			changed = true
		} else if r, ok := newsAcronym(w); ok {
			b.WriteString(r)
			changed = true
		} else if r, ok := chatSpellings[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]; ok && (!allCaps(w) || countryCode(w, text[:i])) && (len(w) > 1 || w[0] >= 'a') {
			b.WriteString(r)
			changed = true
		} else {
			b.WriteString(w)
		}
		i = j
	}
	if !changed {
		return text
	}
	return b.String()
}

// shoutRun is how many words in capitals in a row make a member shout
// ("WHY WONT MEXICO LET THE US MILITARY IN"), rather than write acronyms
// ("ISR over MX").
const shoutRun = 3

// unshout lower-cases the words of text that a member shouts (see
// shoutRun), so that the question is read as one in lower case: in
// capitals every word looked like a name, and "WONT" like no chat
// spelling. A short word that is no stop word, everyday word nor chat
// spelling ("CIA", "US", "MX") may be an acronym, and keeps its capitals.
func unshout(text string) string {
	capitals := 0
	for i := 0; i < len(text); i++ {
		if text[i] >= 'A' && text[i] <= 'Z' {
			capitals++
		}
	}
	if capitals < 2*shoutRun {
		return text // too few capitals for shoutRun words of two or more
	}
	words := questionWords(text)
	var b []byte
	for i := 0; i < len(words); {
		j := i
		for j < len(words) && allCaps(words[j].text) {
			j++
		}
		if j-i < shoutRun {
			i = max(j, i+1)
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for _, w := range words[i:j] {
			lower := strings.ToLower(w.text)
			if _, chat := chatSpellings[lower]; len(lower) == len(w.text) && (len(lower) >= 4 || englishStops[lower] || everyday[lower] || chat) {
				copy(b[w.start:], lower)
			}
		}
		i = j
	}
	if b == nil {
		return text
	}
	return string(b)
}

// countryCode reports whether w, written in capitals, is the code of
// Mexico, "MX", where no article comes before it: "US/MX trade", "ISR over
// MX", "did MX send troops", but not "the MX record" of a domain.
func countryCode(w, before string) bool {
	if w != "MX" {
		return false
	}
	switch strings.ToLower(wordBefore(before, len(before))) {
	case "the", "a", "an":
		return false
	}
	return true
}

// mention matches what a member writes to ping someone in Discord, with
// the space before it: "@everyone who chairs UANI" asks who chairs UANI.
// Slash command text holds a picked user, role or channel as "<@123>",
// "<@&123>" or "<#123>".
var mention = regexp.MustCompile(`(^|\s)(?:@[\w.-]+|<(?:@[!&]?|#)\d+>)`)

// purpose matches what a member says of why they ask, with the spaces
// before it: "for my history class", "i can show my students", "a good
// example of", "best argument that", "need evidence that". It tells about
// the asker, not the subject: "good example of mexicans boycotting
// american goods i can show my students" asks about the boycott, "need
// evidence that the policy changed" asks whether it did.
var purpose = regexp.MustCompile(`(?i)(?:^|\s+)(?:` + strings.Join([]string{
	`for\s+(?:my|our|a|the)\s+(?:\w+\s+)?(?:class|classes|classroom|lesson|lessons|students|course|seminar|lecture|homework|essay|presentation)\b`,
	`(?:that\s+|which\s+)?(?:i|we)\s+(?:can|could)\s+(?:show|use|share|give|teach|read)(?:\s+(?:to|with|in))?\s+(?:my|our|the)\s+(?:students|class|classroom|kids|pupils)\b`,
	`(?:an?\s+)?(?:good|clear|nice|solid|simple|concrete)?\s*examples?\s+of\b`,
	// a debater's frame
	`(?:the\s+)?(?:best|strongest|good|solid|main|key)?\s*(?:counter-?)?arguments?(?:\s+(?:that|for))?\b:?`,
	`(?:(?:i|we)\s+)?(?:need\s+)?(?:some\s+|any\s+|good\s+)?evidence\s+(?:that|for|of)(?:\s+(?:my|our)\s+side)?\b`,
	`(?:(?:i|we)\s+)?need\s+(?:some\s+|any\s+|good\s+)?evidence\b`,
	`(?:(?:i|we)\s+)?(?:need\s+)?(?:their|the\s+other|our|my)\s+side\s+of\s+the\s+(?:argument|debate|story)\b`,
	`what\s+would\s+the\s+other\s+side\s+say\b\s*[-:–]?`,
	// a student after a line to cite: "I need a citable line on how…",
	// "need a source showing…", "for my paper"
	`(?:i\s+)?(?:need|want|looking\s+for)\s+(?:a|an|some|one)\s+(?:good\s+|solid\s+)?(?:citable|quotable|credible|reliable)?\s*(?:source|sources|citation|citations|line|lines|reference)(?:\s+(?:that\s+says|saying|showing|that\s+shows|on|about|for|where|with|from))?\b`,
	`for\s+(?:my|our|a|the)\s+(?:\w+\s+)?(?:paper|report|thesis|assignment|essay)\b`,
}, "|") + `)`)

// askerLead matches a sentence opening a question that tells who asks it
// for the one who types it, or who told them a claim to check: "A patron
// wants to know", "my students keep asking whether", "a reader asks:",
// "buddy says". Its group is the one who asks or tells (see asker and
// relative): the subject is what follows.
var askerLead = regexp.MustCompile(`(?i)^\s*(?:(?:a|an|the|my|our|this|one\s+of\s+(?:my|our)|mi|mis)\s+)?([\pL]+)\s+` +
	`(?:wants?\s+to\s+know|wanted\s+to\s+know|would\s+like\s+to\s+know|(?:is|are|was|were|keeps?|kept)\s+asking|` +
	`asks?|asked(?:\s+me)?|(?:is|are)\s+wondering|wonders?|wants?|needs?|` +
	// a claim to check: "buddy says…, who's right?", "friend swears…"
	`says|said|swears|swore|thinks|thought|insists|insisted|claims|claimed|reckons|argues|argued|bets|` +
	`(?:is|was)\s+(?:convinced|sure|certain)|keeps\s+saying|told\s+me|(?:keeps|kept|is|are|was|were)\s+talking\s+about|` +
	// and in Spanish: "abuela pregunta si…", "mi abuelo quiere saber"
	`pregunta|quiere\s+saber|dice|dijo)\b(?:\s+(?:if|whether|about|that|si|que)\b)?[\s:,]*`)

// asker reports whether word names someone a member may ask for: a
// library's patron, a teacher's student, a shop's customer, a show's
// listener.
func asker(word string) bool {
	switch strings.TrimSuffix(word, "s") {
	case "patron", "reader", "customer", "client", "student", "pupil", "listener", "caller", "viewer",
		"follower", "subscriber", "parishioner", "congregant", "constituent", "patient", "guest",
		"visitor", "user", "member", "someone", "somebody", "kid", "child", "people", "folk", "class":
		return true
	}
	return false
}

// formLabel matches the kind of answer a member names before a colon, as
// on a form: "Date: Sheinbaum's public refusal", "Number: troops sent to
// the border?", "Who: chairs the Iran group". formQuestions holds the
// question words each label stands for.
var formLabel = regexp.MustCompile(`(?i)^\s*(date|when|year|number|count|amount|who|person|name|where|place|location|why|reason)\s*:\s*`)

var formQuestions = map[string]string{
	"date": "when", "when": "when", "year": "what year", "number": "how many", "count": "how many",
	"amount": "how much", "who": "who", "person": "who", "name": "who", "where": "where",
	"place": "where", "location": "where", "why": "why", "reason": "why",
}

// opener matches "ok", "ok so", "okay but" opening a question: a spoken
// filler, not the verb ("did mexico ok the mission").
var opener = regexp.MustCompile(`(?i)^\s*(?:ok|okay|alright)\b[\s,.!]*(?:(?:so|but|and|then)\b[\s,]*)?`)

// thousands returns w, a whole number followed by "k", written out:
// "10k" is "10000", as the analyzer writes "10,000".
func thousands(w string) (string, bool) {
	d, ok := strings.CutSuffix(strings.ToLower(w), "k")
	if !ok || d == "" || len(d) > 6 || strings.Trim(d, "0123456789") != "" {
		return "", false
	}
	return d + "000", true
}

func containsAll(s string, subs []string) bool {
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			return false
		}
	}
	return true
}

// allCaps reports whether w has two letters or more, all capitals: an
// acronym ("ORG", "IM") is not a chat spelling, nor is a capital letter
// alone ("U" in "U S").
func allCaps(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			n++
		}
	}
	return n >= 2
}

// chatWord reports whether a word of a question speaks of the asker or
// fills the sentence rather than names the subject: "honestly", "lol",
// "just wondering", "those guys", "the boat stuff". Such words are dropped
// from questions; passages keep them.
func chatWord(w string) bool {
	switch w {
	case "actually", "actual", "exactly", "exact", "precisely", "precise", "really", "just", "ever", "even", "basically", "literally",
		"seriously", "honestly", "honest", "somehow", "gonna", "gotta", "finna", "bro", "bruh", "truly", "totally", "kinda", "sorta", "like",
		"anyway", "anyways", "whatever", "though", "maybe", "perhaps", "probably",
		"roughly", "approximately", "approx", "about", "around", "ballpark", "personally",
		"lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "omg", "btw", "fyi", "tbh", "tbf",
		"imo", "imho", "idk", "idc", "iirc", "afaik", "ngl", "rn", "smh",
		"please", "thanks", "thank", "thx", "hey", "hi", "hello", "yo", "yeah", "yea", "yep",
		"nope", "nah", "hmm", "um", "uh", "oh", "ah", "wait",
		"stuff", "thing", "things", "guy", "guys", "dude", "dudes", "folks", "bloke", "blokes", "mate", "mates",
		"man", "fella", "fellas", "fellow", "fellows", "chap", "chaps",
		"straight", // "straight up war", "give me a straight answer"
		"reckon", "reckons", "dinkum",
		"anyone", "anybody", "someone", "somebody", "anything", "something", "everyone", "everybody", "everything",
		"curious", "wondering", "wonder", "wondered", "confused", "remember", "forget",
		"forgot", "heard", "hear", "guess", "suppose", "supposed", "supposedly", "assume", "quick", "question",
		// a polite asker's frame: "I would be grateful to know", "could you
		// kindly clarify"
		"kindly", "grateful", "appreciate", "appreciated", "clarify", "regarding",
		// a request for the gist (see phrasalVerbs)
		"gist", "tldr", "summary", "summarize", "summarise", "recap", "nutshell", "rundown", "eli5",
		// how people feel about something asks what they think of it
		"feel", "feels", "feeling", "felt",
		// the asker's opinion of the news
		"seem", "seems", "seemed", "wild", "crazy", "insane", "weird", "wow", "nuts",
		"interesting", "lowkey", "highkey", "legit", "fr", "smth", "sth",
		// and the sarcastic one: "Rubio's brilliant plan", "oh cute"
		"brilliant", "genius", "hilarious", "wonderful", "lovely", "adorable", "cute", "awesome",
		"amazing", "fantastic", "ridiculous", "funny",
		// prepositions the stop list leaves in
		"per", "via", "vs", "versus", "upon", "within", "across", "toward", "towards",
		"inside", "outside", "onto", "amid", "throughout", "behind", "besides", "vis", "compared", // "compared to", "vis-à-vis"
		"compare", "compares", "comparing", "comparison",
		// auxiliaries the stop list leaves in (the analyzer drops "may" the verb)
		"can", "will", "shall", "might", "must",
		// pronouns the stop list leaves in: "whose boats", "the ones running it"
		"whose", "ones",
		"done": // "what has she done" asks what she did
		return true
	}
	return false
}

// everydayWords are among the most frequent words of English: they tell
// little about what a question is about. A question whose only words in
// common with a passage are such words and the corpus's most common ones
// ("what time is it in tijuana", "whats the weather like in mexico city")
// is about something the corpus does not cover (see topical).
const everydayWords = `time times year years day days week weeks month months today tonight tomorrow
now right left way thing place part world life man men woman women people person kid kids family
friend friends home house room city town area country place places name number point end case fact
lot lots kind sort type best better good great bad new old big small little long short high low
large young early late last next first second same different other own whole sure real true false
free full hard easy important possible able likely open close
make makes made get gets got go goes went come came take took give gave see saw look looks want
wants need needs use used find found tell told ask asked work works worked seem feel try leave put
keep let begin start started show shows play played run move live believe bring happen write sit
stand include continue set learn understand watch follow create
read spend grow remember love appear buy wait serve expect build stay fall reach remain say says
said think know mean matter matters regular ordinary average normal typical usual once twice`

// everyday holds the analyzed terms of everydayWords.
var everyday = func() map[string]bool {
	m := map[string]bool{}
	for _, tok := range newAnalyzer().Analyze([]byte(everydayWords)) {
		m[string(tok.Term)] = true
	}
	return m
}()

// englishStops holds the English stop words the analyzer drops (see
// newAnalyzer).
var englishStops = func() analysis.TokenMap {
	stops := analysis.NewTokenMap()
	if err := stops.LoadBytes(en.EnglishStopWords); err != nil {
		panic(err) // the list is compiled into bleve; it always loads
	}
	return stops
}()

// functionWords are the words of five letters or more that say how a
// question is put rather than what it is about: the English stop words and
// a few more of their kind.
var functionWords = func() []string {
	words := []string{"every", "among", "since", "though", "although", "without", "within",
		"according", "article", "happened", "mentioned", // words that only frame a question (see askingWord)
		"actually", "really", "exactly", "basically", "literally", "seriously", "honestly", "totally", "probably"} // chat (see chatWord)
	for w := range englishStops {
		if len(w) >= 5 && asciiLetters(w) {
			words = append(words, w)
		}
	}
	slices.Sort(words)
	return words
}()

// misspeltFunctionWord reports whether w, a word the articles never use,
// is a function word typed with a letter left out ("betwen", "evry",
// "wich") or two neighbouring letters swapped ("thier", "becuase"). Such a
// word is dropped as the stop word it stands for, rather than counted as
// a word of a subject the corpus does not cover. A letter typed in place of
// another is not taken for a slip: "world" is not "would".
func misspeltFunctionWord(w string) bool {
	if len(w) < 4 || !asciiLetters(w) {
		return false
	}
	for _, f := range functionWords {
		switch len(f) - len(w) {
		case 1:
			if withinEdits(w, f, 1) {
				return true
			}
		case 0:
			if swapped(w, f) {
				return true
			}
		}
	}
	return false
}

// swapped reports whether a is b with two neighbouring letters swapped.
func swapped(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// A member often sets the scene before asking: "my tio sends money home
// every month and he says mexico runs on it lol. how much do those
// transfers add up to per year?", "my dad asked me this at dinner and i
// had no clue, besides panama where else is rubio going?". The scene may
// say what the question is about (money sent home), but its words the
// corpus does not know (tio, dinner) are about the asker, not a subject
// the corpus lacks.

// questionStart returns where the question of a message starts: the first
// of its clauses that asks (see clauseAsks), when one before it does not;
// or 0. It is past the words that link the clause to the one before.
// Clauses end at a comma, a semicolon or the end of a sentence.
func questionStart(text string) int {
	start := 0
	for start < len(text) {
		end := clauseEnd(text, start)
		if clauseAsks(text[start:end]) && !relativeClause(text, start, end) {
			if start == 0 {
				return 0
			}
			for _, w := range questionWords(text[start:end]) {
				if !linkWord(strings.ToLower(w.text)) {
					return start + w.start
				}
			}
		}
		start = end
	}
	return 0
}

// sentenceStart returns where the sentence of text that holds text[i]
// starts: past the last mark that ends a sentence before i, and the
// space after it; or 0. The dot of an abbreviation ("U.S.", "Mr.") ends
// none.
func sentenceStart(text string, i int) int {
	for j := i - 1; j > 0; j-- {
		if strings.IndexByte(".?!\n", text[j-1]) >= 0 && (text[j] == ' ' || text[j] == '\n') && !abbreviation(text[:j]) {
			for j < i && (text[j] == ' ' || text[j] == '\n') {
				j++
			}
			return j
		}
	}
	return 0
}

// markSentenceEnds returns text with " , " after each mark that ends a
// sentence (see sentenceStart), so that a sentence's end reads as a
// clause's: "…Latin America first. When was the last time?" asks when.
func markSentenceEnds(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		b.WriteByte(text[i])
		if strings.IndexByte(".?!", text[i]) >= 0 && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n') && !abbreviation(text[:i+1]) {
			b.WriteString(" , ")
		}
	}
	return b.String()
}

// abbreviation reports whether text ends with an abbreviation and its
// dot: "U.S.", "D.C.", "Mr.", "Ms.".
func abbreviation(text string) bool {
	w := text[strings.LastIndexAny(text, " \n")+1:]
	switch strings.ToLower(w) {
	case "mr.", "ms.", "mrs.", "dr.", "st.", "sen.", "gen.", "vs.":
		return true
	}
	return strings.Count(w, ".") > 1
}

// trailingAside returns where a remark after the question starts: the
// sentences past its last question mark, when none of their clauses asks
// ("how big are the tariffs on mexican goods? wondering if prices on
// imports go up"); or len(text). Like the scene set before a question, the
// remark tells about the asker more than the subject.
func trailingAside(text string) int {
	start := strings.LastIndexByte(text, '?')
	if start < 0 {
		return len(text)
	}
	for start < len(text) && strings.IndexByte("?!. \n", text[start]) >= 0 {
		start++
	}
	if anyClauseAsks(text[start:]) {
		return len(text)
	}
	return start
}

// relativeClause reports whether the clause text[start:end] goes on the
// one before it rather than asks: after a comma, it opens with "which",
// "who" or "where" and does not end with a question mark ("i read the cia
// flies drones over mexico, which kinda scared me.").
func relativeClause(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " \n")
	if !strings.HasSuffix(before, ",") || strings.HasSuffix(strings.TrimRight(text[start:end], " \n"), "?") {
		return false
	}
	words := lowerWords(text[start:end])
	return len(words) > 0 && (words[0] == "which" || words[0] == "who" || words[0] == "where" || words[0] == "whom" || words[0] == "whose")
}

// clauseEnd returns where the clause of text that starts at start ends:
// past the punctuation that closes it and the space after. Besides the
// marks that end a sentence or a clause, a closing parenthesis does: "(due
// friday, pray for me) - how is…".
func clauseEnd(text string, start int) int {
	for i := start; i < len(text); i++ {
		if n := asideMark(text, i) + sceneDash(text, start, i); n > 0 {
			j := i + n
			if j == len(text) || text[j] == ' ' || text[j] == '\n' {
				for j < len(text) && (text[j] == ' ' || text[j] == '\n') {
					j++
				}
				return j
			}
		}
		switch text[i] {
		case ',', ';', '.', '!', '?', '\n':
			j := i + 1
			for j < len(text) && strings.IndexByte(",;.!?", text[j]) >= 0 {
				j++
			}
			if j == len(text) || text[j] == ' ' || text[j] == '\n' || text[i] == '\n' {
				for j < len(text) && (text[j] == ' ' || text[j] == '\n') {
					j++
				}
				return j
			}
		}
	}
	return len(text)
}

// asideMark returns the length of the mark at text[i] that closes a
// clause, other than the punctuation clauseEnd looks for, or 0: a closing
// parenthesis, with the dash that may follow it.
func asideMark(text string, i int) int {
	if text[i] != ')' {
		return 0
	}
	for _, dash := range [...]string{" - ", " — ", " – "} {
		if strings.HasPrefix(text[i+1:], dash) {
			return 1 + len(strings.TrimRight(dash, " ")) // the space after is the clause's end
		}
	}
	return 1
}

// sceneDash returns the length of the spaced dash at text[i] when it
// closes a clause of five words or more that starts at start, or 0.
func sceneDash(text string, start, i int) int {
	if text[i] != ' ' {
		return 0
	}
	for _, dash := range [...]string{" - ", " — ", " – "} {
		if strings.HasPrefix(text[i:], dash) && len(lowerWords(text[start:i])) >= 5 {
			return len(dash) - 1
		}
	}
	return 0
}

// clauseAsks reports whether a clause asks a question: past the words that
// only link it to the one before ("so anyway", "but"), it opens with a
// question word or an auxiliary ("were people there calling…"), or has a
// question word among its first three words ("besides panama where else").
func clauseAsks(clause string) bool {
	words := lowerWords(clause)
	for len(words) > 0 && linkWord(words[0]) {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	if questionAux(words[0]) {
		return true
	}
	for _, w := range words[:min(3, len(words))] {
		if questionOpener(w) || openerIs(w) {
			return true
		}
	}
	return false
}

// linkWord reports whether w, opening a clause, only links it to the one
// before.
func linkWord(w string) bool {
	switch w {
	case "so", "anyway", "anyways", "but", "and", "ok", "okay", "well", "also", "then", "now",
		"like", "plus", "lol", "ngl", "honestly", "basically", "sorry", "yeah", "anyhow":
		return true
	}
	return false
}

// quotedRE matches a phrase in quotation marks: the opening mark after a
// space, a parenthesis or the start, the closing one before a space,
// punctuation or the end, so that an apostrophe inside ("'can't do
// that'") does not close it.
var quotedRE = regexp.MustCompile(`(?:^|[\s(])['"‘“]([^'"‘“’”]*(?:['’][a-z][^'"‘“’”]*)*)['"’”](?:$|[\s.,;:!?)])`)

// quotedPhrases returns the phrases of two words or more that text
// quotes, folded (see foldQuote): "the LA Times uses 'gringo-bashing'"
// quotes "gringo-bashing".
func quotedPhrases(text string) []string {
	var out []string
	for _, m := range quotedRE.FindAllStringSubmatch(text, -1) {
		p := foldQuote(m[1])
		if len(strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '-' })) >= 2 {
			out = append(out, p)
		}
	}
	return out
}

// foldQuote lowers s, writes curly apostrophes straight and collapses
// spaces, so that a phrase typed by a member compares with the article's.
func foldQuote(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.Join(strings.Fields(strings.Trim(s, " .,;:!?")), " ")
}

// holdsPhrase reports whether text holds one of the folded phrases word
// for word.
func holdsPhrase(text string, phrases []string) bool {
	t := foldQuote(text)
	for _, p := range phrases {
		for i := 0; ; {
			j := strings.Index(t[i:], p)
			if j < 0 {
				break
			}
			j += i
			end := j + len(p)
			before, _ := utf8.DecodeLastRuneInString(t[:j])
			after, _ := utf8.DecodeRuneInString(t[end:])
			if !unicode.IsLetter(before) && !unicode.IsDigit(before) && !unicode.IsLetter(after) && !unicode.IsDigit(after) {
				return true
			}
			i = j + 1
		}
	}
	return false
}
