package search

import (
	"cmp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/analysis"
)

// English says many things with a verb and a particle, or a fixed phrase,
// that news and members also say with one word: "on the table" is
// "considered", "team up" is "cooperate", "ramped up" is "increased". A
// synonym group cannot hold a phrase (bleve expands one token with
// another), so the analyzer adds the word itself after each such phrase,
// in passages and questions alike: "drone strikes are on the table" is
// found by "are drone strikes being considered", and the other way round.
// The phrase's own words stay, so a question in the same words matches as
// before.
//
// The table is general English, not words of any one corpus. Each phrase
// is in lower case, its words as the tokenizer splits them.
var idiomTable = map[string][]string{
	"excluded":    {"off the table", "rule out", "rules out", "ruled out", "ruling out"},
	"considered":  {"on the table", "look at", "looked at", "looking at", "looks at"},
	"cooperate":   {"work together", "works together", "worked together", "working together", "team up", "teams up", "teamed up", "teaming up", "join forces", "joined forces", "joining forces"},
	"reported":    {"broke the story", "break the story", "broke the news", "break the news", "broke that story", "broke this story"},
	"pressured":   {"lean on", "leaned on", "leaning on", "leans on"},
	"targeted":    {"go after", "goes after", "went after", "going after", "gone after"},
	"controlled":  {"run by", "in charge", "in control of", "pull the strings", "pulls the strings", "pulling the strings", "call the shots", "calls the shots", "calling the shots"},
	"increased":   {"ramp up", "ramps up", "ramped up", "ramping up", "step up", "steps up", "stepped up", "stepping up", "beef up", "beefs up", "beefed up", "beefing up", "scale up", "scales up", "scaled up", "scaling up"},
	"troops":      {"boots on the ground"},
	"crackdown":   {"crack down", "cracked down", "cracking down", "cracks down"},
	"rejected":    {"turn down", "turned down", "turning down", "turns down", "push back", "pushed back", "pushing back", "pushes back", "shut the door", "shuts the door", "shutting the door", "slam the door", "slammed the door", "slams the door", "slamming the door"},
	"cancelled":   {"call off", "called off", "calling off", "calls off"},
	"postponed":   {"hold off", "held off", "holding off", "holds off", "put off", "putting off", "hold fire", "hold his fire", "holding his fire", "held his fire", "hold their fire", "held their fire"},
	"departing":   {"coming out of", "coming out from"},
	"pending":     {"yet to", "not yet", "still not", "still hasn't", "still haven't", "still has not", "still have not", "still hasnt", "still havent"},
	"conducted":   {"carry out", "carried out", "carrying out", "carries out"},
	"established": {"set up", "sets up", "setting up"},
	"closed":      {"shut down", "shuts down", "shutting down"},
	"sensitive":   {"sore spot", "sore point", "sore subject", "raw nerve", "hot button", "hot potato"},
	"territory":   {"home turf", "own turf", "on its own turf", "on their own turf", "on our own turf"},
	"unilateral":  {"on its own", "on their own", "on our own", "go it alone", "goes it alone", "going it alone", "went it alone", "without permission", "without asking", "without consent", "without approval", "without an invitation", "without being invited", "without being asked"},
	"warned":      {"be careful", "careful what we wish for", "careful what you wish for"},
	"retaliate":   {"hit back", "hits back", "hitting back", "strike back", "strikes back", "striking back", "struck back"},
	"criticize":   {"trash talk", "trash talks", "trash talked", "trash talking"},
	"call":        {"on the phone", "over the phone", "by phone", "on the telephone", "by telephone"},
	"meeting":     {"sit down", "sits down", "sat down", "sitting down"},
	"boss":        {"big shot", "big shots", "big fish", "top dog", "top dogs"},
	"soda":        {"soft drink", "soft drinks"},
	"disrupted":   {"knock out", "knocked out", "knocks out", "knocking out", "knock off course", "knocked off course", "knocks off course", "knocking off course", "thrown off course", "throw off course", "mess up", "messed up", "messes up", "messing up"},
	"cut":         {"break off", "breaks off", "broke off", "breaking off", "broken off"},
	"open":        {"cool with", "ok with", "okay with", "warm up to", "warms up to", "warmed up to", "warming up to", "warm to", "warms to", "warmed to", "warming to"},
	"participate": {"take part", "took part", "taking part", "takes part"},
	"skip":        {"cold shoulder", "leave off", "left off", "leaves off", "leaving off", "leave out", "left out", "leaves out", "leaving out"},
	"happen":      {"pull it off", "pulled it off", "pulling it off", "pulls it off", "pull that off", "pull this off"},
	"hitherto":    {"so far", "to date", "thus far", "up to now", "until now", "as of now"},
	"returned":    {"came back", "come back", "comes back", "coming back", "got back", "get back", "gets back", "getting back"},
	"difficult":   {"walk a tightrope", "walks a tightrope", "walking a tightrope", "walked a tightrope", "in a bind", "in a tight spot", "in a tough spot", "between a rock and a hard place"},
	"worried":     {"lose sleep", "loses sleep", "losing sleep", "lost sleep", "sweat it", "sweating it", "sweating bullets"},
	"trade":       {"buy and sell", "buying and selling", "bought and sold", "buys and sells"},
	"visit":       {"first stop", "next stop", "last stop", "final stop", "stop in", "stops in", "stopped in", "stopping in", "stop by", "stops by", "stopped by", "stopping by"},
	"remittances": {"money home", "cash home", "send home", "sends home", "sent home", "sending home", "send back home", "sends back home", "sent back home", "wire home", "wires home", "wired home", "wiring home", "wire back home", "wires back home", "wired back home", "wiring back home"},
	"exchanged":   {"back and forth"},
	"century":     {"hundred years", "100 years"},
	"shifted":     {"change her tune", "changes her tune", "changed her tune", "changing her tune", "change his tune", "changes his tune", "changed his tune", "changing his tune", "change their tune", "changed their tune", "changing their tune", "change its tune", "changed its tune", "changing its tune"},
}

// idioms maps the first word of each phrase of idiomTable to the phrases
// it opens, as words, with the word each stands for; maxIdiomFirst is the
// length of the longest first word: a longer token opens no phrase, and is
// passed over without a lookup.
var idioms, maxIdiomFirst = func() (map[string][]phrase, int) {
	m := map[string][]phrase{}
	longest := 0
	for word, phrases := range idiomTable {
		for _, p := range phrases {
			words := strings.Fields(p)
			m[words[0]] = append(m[words[0]], phrase{words: words, word: []byte(word)})
			longest = max(longest, len(words[0]))
		}
	}
	for _, ps := range m {
		// the longest phrase first: "on its own turf" is territory, "on
		// its own" alone unilateral
		slices.SortFunc(ps, func(a, b phrase) int {
			return cmp.Or(cmp.Compare(len(b.words), len(a.words)), slices.Compare(a.words, b.words))
		})
	}
	return m, longest
}()

type phrase struct {
	words []string
	word  []byte
}

// withIdioms adds, after each phrase of idiomTable in the stream, a token
// of the word it stands for, spanning the phrase, at the position of its
// last word (as withAcronyms adds initials). Words are compared in lower
// case; the stream is not yet lower-cased.
func withIdioms(in analysis.TokenStream) analysis.TokenStream {
	var adds []spanToken
	var buf [16]byte // longer than any first word (see TestIdiomTable)
	for i := 0; i < len(in); i++ {
		tok := in[i]
		if len(tok.Term) > maxIdiomFirst || len(tok.Term) < 2 {
			continue
		}
		first := lowerASCII(buf[:len(tok.Term)], tok.Term)
		for _, id := range idioms[string(first)] {
			if last := idiomAt(in, i, id.words); last >= 0 {
				adds = append(adds, spanToken{first: i, last: last, term: id.word})
				i = last
				break
			}
		}
	}
	return withSpans(in, adds)
}

// idiomAt returns the index of the last of the tokens from in[i] on that
// are the words, or -1 when they are not. A token added at the position
// of the one before it (the initials of a name: "MWU" after "Mexico Warms
// Up") is passed over.
func idiomAt(in analysis.TokenStream, i int, words []string) int {
	j := i
	for k, w := range words {
		if k > 0 {
			j++
			for j < len(in) && in[j].Position == in[j-1].Position {
				j++
			}
			if j >= len(in) || in[j].Position != in[i].Position+k {
				return -1
			}
		}
		if t := in[j].Term; len(t) != len(w) || !strings.EqualFold(string(t), w) {
			return -1
		}
	}
	return j
}

// phraseWords holds the analyzed words of idiomTable.
var phraseWords = func() map[string]bool {
	m := map[string]bool{}
	for word := range idiomTable {
		for _, tok := range newAnalyzer().Analyze([]byte(word)) {
			m[string(tok.Term)] = true
		}
	}
	return m
}()

// phraseWord reports whether tok, whose text is surface, is a word
// withIdioms added for a phrase: one of the table's words, spanning
// several words, apart or joined by a hyphen ("big-shot").
func phraseWord(tok *analysis.Token, surface string) bool {
	return phraseWords[string(tok.Term)] && strings.ContainsAny(surface, " \t\n-")
}
