package synth

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Questions returns m questions for seed, shaped the way members ask them:
// 2 to 12 words, often lowercase, some with a typo, drawn from the given
// passages (any corpus: generated or real). The mix:
//
//   - about a name the passage uses (the rare names only one article has),
//     "what did Quezgue say about tariffs";
//   - about the passage's content words, keyword style or as a question;
//   - about common words that match much of the corpus, "the border security";
//   - a few words pasted from a passage;
//   - any of those with a letter swapped or dropped;
//   - rare words from the long tail, and off-topic questions the coverage
//     never answers.
func Questions(passages []string, m int, seed int64) []string {
	if m <= 0 {
		return nil
	}
	q := &questioner{
		r: rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15)),
		v: loadVocab(),
	}
	q.zipf = rand.NewZipf(q.r, 1.07, 2.7, uint64(len(q.v.words)-1))
	out := make([]string, 0, m)
	for range m {
		var words []string
		if len(passages) > 0 {
			q.read(passages[q.r.IntN(len(passages))])
		} else {
			q.names, q.content, q.tokens = q.names[:0], q.content[:0], q.tokens[:0]
		}
		switch x := q.r.IntN(100); {
		case x < 22:
			words = q.aboutName()
		case x < 42:
			words = q.aboutContent()
		case x < 55:
			words = q.aboutCommon()
		case x < 65:
			words = q.pasted()
		case x < 80:
			words = q.typo(q.either())
		case x < 90:
			words = q.rare()
		default:
			words = q.offTopic()
		}
		out = append(out, q.finish(words))
	}
	return out
}

type questioner struct {
	r       *rand.Rand
	v       *vocabulary
	zipf    *rand.Zipf
	tokens  []string // the current passage's words, punctuation trimmed
	names   []string // its capitalized names, runs of words joined
	content []string // its lowercase words that are not function words
}

// function words are the most frequent ranks; members use them, but a
// question is about something else.
const functionRanks = 60

// read splits a passage into what the question kinds draw on.
func (q *questioner) read(text string) {
	q.tokens, q.names, q.content = q.tokens[:0], q.names[:0], q.content[:0]
	sentenceStart := true
	run := ""
	flush := func() {
		if run != "" {
			q.names = append(q.names, run)
			run = ""
		}
	}
	for raw := range strings.FieldsSeq(text) {
		w := strings.TrimFunc(raw, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) })
		if w == "" {
			continue
		}
		q.tokens = append(q.tokens, w)
		first, _ := utf8.DecodeRuneInString(w)
		r0, _ := utf8.DecodeRuneInString(raw)
		opensQuote := strings.ContainsRune("“\"‘(", r0)
		switch {
		case unicode.IsUpper(first) && !sentenceStart && !opensQuote:
			if run != "" {
				run += " "
			}
			run += w
		default:
			flush()
			if unicode.IsLower(first) {
				if rk, ok := q.v.rank[w]; !ok || rk >= functionRanks {
					q.content = append(q.content, w)
				}
			}
		}
		if rz, _ := utf8.DecodeLastRuneInString(raw); strings.ContainsRune(",;:.?!”\"", rz) {
			flush()
		}
		last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(raw, "”\"’)"))
		sentenceStart = last == '.' || last == '?' || last == '!'
	}
	flush()
}

func (q *questioner) start() []string {
	return strings.Fields(pick(q.r, questionStarts))
}

// contentWord is a word of the passage, or a mid-frequency word when the
// passage has none.
func (q *questioner) contentWord() string {
	if len(q.content) > 0 {
		return pick(q.r, q.content)
	}
	return q.commonWord()
}

// commonWord is a frequent word that is not a function word.
func (q *questioner) commonWord() string {
	return q.v.words[functionRanks+q.r.IntN(400-functionRanks)]
}

func (q *questioner) aboutName() []string {
	if len(q.names) == 0 {
		return q.aboutContent()
	}
	name := strings.Fields(pick(q.r, q.names))
	switch q.r.IntN(4) {
	case 0:
		return name
	case 1:
		return append(strings.Fields("who is"), name...)
	case 2:
		w := append(strings.Fields("what did"), name...)
		w = append(w, "say", "about", q.contentWord())
		return w
	default:
		w := append(name, q.contentWord())
		if q.r.IntN(2) == 0 {
			w = append(w, q.contentWord())
		}
		return w
	}
}

func (q *questioner) aboutContent() []string {
	n := 1 + q.r.IntN(4)
	var w []string
	if q.r.IntN(2) == 0 {
		w = q.start()
	}
	for range n {
		w = append(w, q.contentWord())
	}
	return w
}

func (q *questioner) aboutCommon() []string {
	var w []string
	if q.r.IntN(2) == 0 {
		w = q.start()
	}
	for range 2 + q.r.IntN(3) {
		if q.r.IntN(3) == 0 {
			w = append(w, q.v.words[q.zipf.Uint64()%functionRanks])
		}
		w = append(w, q.commonWord())
	}
	return w
}

func (q *questioner) pasted() []string {
	if len(q.tokens) < 3 {
		return q.aboutContent()
	}
	n := min(3+q.r.IntN(8), len(q.tokens))
	at := q.r.IntN(len(q.tokens) - n + 1)
	return append([]string(nil), q.tokens[at:at+n]...)
}

// either is a question about a name or about content words, for typos.
func (q *questioner) either() []string {
	if q.r.IntN(2) == 0 {
		return q.aboutName()
	}
	return q.aboutContent()
}

// typo swaps two neighbouring letters of the longest word, or drops one.
func (q *questioner) typo(words []string) []string {
	best := -1
	for i, w := range words {
		if best < 0 || utf8.RuneCountInString(w) > utf8.RuneCountInString(words[best]) {
			best = i
		}
	}
	rs := []rune(words[best])
	if len(rs) < 4 {
		return words
	}
	at := 1 + q.r.IntN(len(rs)-2)
	if q.r.IntN(2) == 0 {
		rs[at], rs[at+1] = rs[at+1], rs[at]
	} else {
		rs = append(rs[:at], rs[at+1:]...)
	}
	words[best] = string(rs)
	return words
}

// rare asks about words from the long tail, which few passages contain.
func (q *questioner) rare() []string {
	tail := func() string { return q.v.words[articleWords+q.r.IntN(len(q.v.words)-articleWords)] }
	w := []string{tail()}
	if q.r.IntN(2) == 0 {
		w = append(q.start(), w...)
	} else {
		w = append(w, tail())
	}
	return w
}

func (q *questioner) offTopic() []string {
	w := q.start()
	for range 1 + q.r.IntN(3) {
		w = append(w, pick(q.r, offTopic))
	}
	return w
}

// finish keeps 2 to 12 words, lowercases half the questions and puts a
// question mark on some.
func (q *questioner) finish(words []string) string {
	for len(words) < 2 {
		words = append(words, q.commonWord())
	}
	if len(words) > 12 {
		words = words[:12]
	}
	s := strings.Join(words, " ")
	if q.r.IntN(2) == 0 {
		s = strings.ToLower(s)
	}
	if q.r.IntN(3) == 0 {
		s += "?"
	}
	return s
}
