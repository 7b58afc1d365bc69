package search

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/coveragebot/coveragebot/corpus"
)

// Defaults and weights of the ranking.
const (
	defaultLimit      = 3
	defaultPerArticle = 2

	phraseBoost  = 1.0  // two question words side by side in the passage
	kindBoost    = 3    // the passage holds the kind of answer asked for (a number, a date)
	contextBoost = 0.1  // a question term in the sentence before the passage
	outletBoost  = 0.01 // the passage is by the outlet a question about a misspelled name names: it is found, not ranked

	// A question word more than commonShare of the passages hold, and more
	// than commonMin, is not looked up in bleve when the question has a
	// rarer one: its postings are the longest to walk.
	commonShare = 0.05
	commonMin   = 1000
	maxLookups  = 8
	maxFuzzy    = 2
	maxKin      = 3 // other forms of one question word looked up

	// fuzzyMinLen is the shortest question word (in letters) matched with
	// a typo; fuzzyTwoLen the shortest matched with two.
	fuzzyMinLen = 6
	fuzzyTwoLen = 9

	// minCoverage is the share of the question's weight a passage must hold
	// to be returned; when no passage does, the answer is no_match.
	// lowCoverage is enough for a passage that holds several of the
	// question's topic words (see results).
	minCoverage = 0.4
	lowCoverage = 0.3

	// Passages that pass are ranked by coverage, plus bm25Weight times
	// bleve's score relative to the best one, plus kindWeight when they hold
	// the kind of answer asked for. Coverage counts each question word
	// once, so a passage that holds the rare words of the question beats
	// one that repeats its common words, which BM25 alone rewards.
	bm25Weight = 0.2
	kindWeight = 0.5
	// A name or a quotation is softer evidence: most passages of news
	// name someone or quote someone, while few give a date or a sum, so
	// holding one of them adds softKindWeight in kindWeight's stead.
	softKindWeight = 0.25
	// placeWeight is what a place adds when the question asks where: less
	// than another kind, since a passage can name a place in passing.
	placeWeight = 0.35

	// reasonWeight is added to the rank of a passage that gives a reason
	// (see givesReason), when the question asks why.
	reasonWeight = 0.5

	// replyWeight is added to the rank of a passage that tells how
	// someone answered (see givesReply), when the question asks (see
	// asksReply). It is less than reasonWeight: news often says
	// "rejected" or "responded" of something else than what was asked.
	replyWeight = 0.2

	// countWeight is added to the rank of a passage whose number counts
	// what a "how many" question counts (see countsIn).
	countWeight = 0.3

	// namedWeight is added to the rank of a passage that holds a name
	// ending in the word a "which" question names its answer by (see
	// namesA).
	namedWeight = 0.5

	// When the question asks for a kind of answer, the best closeReads
	// passages are then read again, and the kind counts only when it is in
	// the two sentences that hold most of the question (see answerKinds).
	closeReads = 8
	// countWindow is how many words apart a number and what a question
	// counts may be: "hundreds of thousands of Americans"
	countWindow = 3

	// A passage shown beside a better one needs at least floorCoverage, and
	// at least relCoverage of the best passage's coverage.
	floorCoverage = 0.25
	relCoverage   = 0.5

	// The number, date or amount a question asks for counts only in a
	// passage with at least factShare of the best passage's coverage:
	// remittances shown far below the best passage answer no "how do
	// cartels launder money".
	factShare = 0.6

	// A word more than topicShare of the passages hold says what the
	// corpus is about, not what a question asks of it (see topical).
	topicShare = 0.3

	// An everyday word of English ("get", "time", "make") weighs
	// everydayWeight times its inverse document frequency: in a small
	// corpus it can be as rare as a name, yet says less.
	everydayWeight = 0.75
	asideWeight    = 0.7 // a word of the scene before the question or a remark after it (see questionStart, trailingAside)
	quoteWeight    = 0.5 // added to the rank of a passage holding a phrase the question quotes (see quotedPhrases)
)

// term is one distinct content word of a question.
type term struct {
	text   string   // analyzed
	alts   []string // analyzed synonyms
	kin    []string // other forms of the word, when the corpus uses only those (see family)
	fuzzy  int      // edits allowed when the word is unknown to the corpus
	number bool     // the word is a number
	long   bool     // an English word of fuzzyMinLen letters or more, unknown to the corpus and not an everyday one
	wrong  bool     // a name a claim has wrong: one the corpus never uses (see namesOther), not counted unknown
	aside  bool     // it stands in the scene before the question or in a remark after it (see asideWeight)
	counts bool     // it names what a "how many" question counts (see countedAt)
	known  bool     // the corpus holds the word, one of its synonyms or another form of it
	topic  bool     // neither an everyday word nor one most passages hold (see topical)
	weight float64  // inverse document frequency
}

// question is a member's question, analyzed.
type question struct {
	terms       []term
	total       float64    // sum of the terms' weights
	phrases     [][]string // pairs of question terms that stand side by side
	kinds       []string   // kinds of answer asked for (see intent.go)
	why         bool       // the question asks for a reason
	reply       bool       // it asks how someone answered something (see asksReply)
	feeling     bool       // it asks how someone took something (see asksFeeling)
	source      bool       // it asks who reported something (see asksSource)
	identity    bool       // it asks who someone is (see asksIdentity)
	expansion   bool       // it asks what an acronym stands for (see asksExpansion)
	age         bool       // it asks how old someone is (see asksAge)
	born        bool       // it asks when or where someone was born (see asksBirth)
	leader      bool       // it asks who leads, runs or founded something (see asksLeader)
	background  bool       // it asks what someone did before their post, or studied (see asksBackground)
	nameError   bool       // it asks whether a name was written wrong (see asksNameError)
	succession  string     // whom it asks who came before or after, in lower case (see asksSuccession)
	quoted      []string   // the phrases it quotes, folded (see quotedPhrases)
	onlyQuoted  bool       // only a passage holding one of them answers it
	asked       answerKind // the same as bits, with money and percentages (see rank.go)
	unknown     int        // terms the corpus does not know and cannot hold misspelled
	capw        float64    // the weight of an unknown term (see capUnknown)
	longUnknown int        // unknown numbers and long words: English ones, and others no passage holds even with typos
	named       int        // 1 + the index of the term that names the kind of thing asked for ("which unit"), or 0
	otherYear   bool       // it asks about a year the corpus neither mentions nor was published in (see coversYear); refused unless a claim
	otherName   bool       // it names someone or somewhere the corpus never does (see namesOther); refused unless a claim
	claim       bool       // it checks a claim the asker heard, whose names may be misremembered (see checksClaim)
	subject     int        // 1 + the index of the term that names who the question is about (see subjectAt), or 0
	acts        bool       // the subject acts in the question: its verb is not a form of "be" ("is China getting tariffed")
	role        int        // 1 + the index of the term that names the post a question asks who holds (see roleAt), or 0
	roleQuals   []int      // the indexes of the terms that qualify the post
}

// parseQuestion analyzes text with the index's analyzer and weighs each
// content word by how rare it is in the corpus. A word the corpus never uses
// weighs like a typical known word of the question, no less than a word two
// passages use (see capUnknown), so a question about something else is not
// answered by passages that share only its common words, and one in slang
// is not refused for a single word the articles put otherwise.
func (g *generation) parseQuestion(an analysis.Analyzer, text string) question {
	quoted := quotedPhrases(text)
	text = normalizeChat(text)
	q := question{claim: checksClaim(text), kinds: questionKinds(text), asked: askedKinds(text), why: asksWhy(text), reply: asksReply(text), feeling: asksFeeling(text), source: asksSource(text), identity: asksIdentity(text), expansion: asksExpansion(text), age: asksAge(text), born: asksBirth(text), leader: asksLeader(text), background: asksBackground(text), succession: asksSuccession(text), nameError: asksNameError(text)}
	q.quoted = quoted
	toks := an.Analyze([]byte(text))
	seen := map[string]bool{}
	var prev *analysis.Token
	var starts []int // where each term's word starts in text
	asked, remark := questionStart(text), trailingAside(text)
	if asked > 0 && !g.hasSubject(text, toks, asked) {
		// "my discord bot keeps crashing with a 429 error, any idea
		// why?": the scene is the subject; or the clause before the
		// question, in its sentence ("I own a store in El Paso. If that
		// trade gets knocked out, what happens to places like mine?")
		asked = sentenceStart(text, asked)
		if asked > 0 && !g.hasSubject(text, toks, asked) {
			asked = 0
		}
	}
	subjectStart, subject := subjectAt(text[asked:]), ""
	if subjectStart >= 0 {
		subjectStart += asked
		switch wordBefore(text, subjectStart) {
		case "is", "was", "are", "were", "s": // "s" of "who's"
		default:
			q.acts = !asksMeaning(text) && !receiving(wordAfter(text, subjectStart))
		}
	}
	roleStart, qualStarts, byStart := roleAt(text)
	var role, by string
	var byOwns bool
	var quals []string
	countFrom, countTo := countedAt(text)
	for _, tok := range toks {
		surface := strings.ToLower(text[tok.Start:tok.End])
		// the word a phrase stands for ("considered" for "on the table")
		// takes the place of the phrase's last content word, which
		// becomes another form of it: one subject, not two ("what's on
		// the table for dinner" shares one subject with a passage that
		// has "on the table")
		head := -1
		if j := len(q.terms) - 1; phraseWord(tok, surface) && j >= 0 && starts[j] >= tok.Start {
			head = j
		}
		if frameWord(text, tok.Start, tok.End) || q.expansion && expansionWord(surface) || q.nameError && nameErrorWord(surface) || q.asked&hasDuration != 0 && lastingVerb(wordBefore(text, tok.Start), surface) || idiom(wordBefore(text, tok.Start), surface) || kindOf(surface, text[tok.End:]) || reasonWord(surface) || commandWord(surface, text[:tok.Start]) {
			prev = nil
			continue
		}
		t := string(tok.Term)
		if t == "us" {
			// the pronoun (the country is countryTerm): the asker and
			// those around them ("will the strikes come to us")
			prev = nil
			continue
		}
		if tok.Start == roleStart {
			role = t
		} else if slices.Contains(qualStarts, tok.Start) {
			quals = append(quals, t)
		}
		if tok.Start == byStart {
			by = t
			byOwns = possessive(text[tok.Start:tok.End])
		}
		if prev != nil && tok.Position == prev.Position+1 && string(prev.Term) != t {
			q.phrases = appendPair(q.phrases, string(prev.Term), t)
		}
		prev = tok
		if seen[t] {
			continue
		}
		seen[t] = true
		qt := term{text: t, alts: g.syn.alts[t], number: tok.Type == analysis.Numeric,
			counts: tok.Start >= countFrom && tok.End <= countTo}
		df := g.terms.docFreq(t)
		for _, a := range qt.alts {
			df = max(df, g.terms.docFreq(a))
		}
		if df == 0 {
			// a word the articles never use in this form is looked for in
			// its other forms ("tense" finds "tension"); one they use is
			// not, since another form may mean another thing ("press" and
			// "pressure", "statement" and "state")
			for _, k := range family(t) {
				if kdf := g.terms.docFreq(k); kdf > 0 {
					qt.kin = append(qt.kin, k)
					df = max(df, kdf)
				}
			}
		}
		if df == 0 && !isWord(surface) {
			// a Spanish word an English one spells by rule ("territorio",
			// "opciones"; see cognates)
			if k, kdf := g.cognate(an, surface); kdf > 0 {
				qt.kin = append(qt.kin, k)
				df = kdf
			}
		}
		if df == 0 && (tok.End <= asked || tok.Start >= remark) && len(g.bylines.naming(g.corpus, t)) == 0 && !g.typoOf(surface, t) {
			prev = nil
			// a word of the scene set before the question or of a
			// remark after it, unless a name of an outlet or a
			// misspelling (see questionStart and trailingAside)
			continue
		}
		qt.known = df > 0
		if !qt.known && degreeWord(surface) {
			// "how many big cartel bosses", "regular people": the
			// size or sort of what the next word names, which the
			// articles say in words of their own ("high-ranking");
			// "bigger than" compares, and the comparison is asked
			if next := wordAfter(text, tok.Start); next != "" && next != "than" {
				prev = nil
				continue
			}
		}
		if !qt.known && (misspeltFunctionWord(surface) || spanishFunctionWord(surface) && (len(g.bylines.naming(g.corpus, t)) == 0 || !startsUpper(text[tok.Start:tok.End]))) {
			prev = nil
			continue // "trade betwen the us and mexico"
		}
		if !qt.known && !qt.number && len(surface) >= 5 && asciiLetters(surface) && !isWord(surface) {
			// two neighbouring letters swapped ("gaurd", "lable"): an
			// edit distance of two, which the fuzzy match of a short
			// word does not reach
			if v, vdf := g.swappedWord(an, surface); vdf > 0 {
				qt.text, df, qt.known = v, vdf, true
				qt.alts = g.syn.alts[v]
			}
		}
		if !qt.known && qt.number && isYear(t) {
			switch v, vdf := g.swappedYear(t); {
			case g.coversYear(t, wordBefore(text, tok.Start)):
				// the articles of that year never write it: every one of
				// them is "in 2025", and none says so
				continue
			case vdf > 0:
				// two digits swapped: "1921" for the "1912" of the articles
				qt.text, df, qt.known = v, vdf, true
			default:
				q.otherYear = true
			}
		}
		if !qt.known && qt.number && !isYear(t) && q.asked&(hasNumber|hasPercent|hasMoney) != 0 {
			continue // "how many, was it around 50?": a guess at the answer
		}
		if !qt.known && strings.ContainsAny(surface, " \t\n") {
			continue // the initials of a name in capitals that no passage uses
		}
		if n := utf8.RuneCountInString(surface); !qt.known && n >= fuzzyMinLen && tok.Type != analysis.Numeric {
			// a long word of English the articles never use is most often
			// the subject of a question about something else, unless it
			// is an everyday word ("yearly", "looked"); any other may be
			// a misspelling of a word they use
			if isWord(surface) {
				qt.long = !everyday[t]
			} else {
				qt.fuzzy = 1
				if n >= fuzzyTwoLen {
					qt.fuzzy = 2
				}
				// the stemmer may cut a misspelled ending as if it
				// were one ("fentanly" to "fentan"): then the word is
				// looked for as it was typed
				if surface != t && asciiLetters(surface) && len(g.typoCandidates(t, qt.fuzzy)) == 0 && len(g.typoCandidates(surface, qt.fuzzy)) > 0 {
					qt.text = surface
				}
			}
		}
		if !qt.known && unitWord(surface) {
			// a unit the articles never measure in ("how long is the
			// border in miles") is what the question asks for
			qt.long = true
		}
		if !qt.known && g.namesOther(text, tok, t, qt.fuzzy) {
			q.otherName = true
			if q.claim {
				// a misremembered name ("was it the Pentagon that
				// said…") is not the subject of the question
				qt.long, qt.wrong = false, true
			}
		}
		if tok.Start == subjectStart && !everyday[t] && (qt.known || qt.fuzzy > 0 ||
			(startsUpper(text[tok.Start:tok.End]) || !isWord(surface)) && !g.misspells(t, 1)) {
			// a word of English the corpus does not know, in lower case,
			// is as likely a paraphrase as a name ("why would hitting
			// mexico…"), and a short one a letter away from one it
			// knows a misspelling ("rubo")
			subject = qt.text
		}
		if q.named == 0 && entityNoun(surface) && asksWhich(text, tok.Start) {
			q.named = len(q.terms) + 1
		}
		qt.topic = !everyday[t] && float64(df) <= topicShare*float64(g.passages)
		qt.weight = idf(df, g.passages)
		if qt.known && everyday[t] {
			qt.weight *= everydayWeight
		}
		if tok.End <= asked || tok.Start >= remark {
			qt.weight *= asideWeight
			qt.aside = true
		}
		if head >= 0 {
			h := q.terms[head]
			qt.kin = append(slices.Clip(qt.kin), h.text)
			qt.known = qt.known || h.known
			starts = q.dropTerm(head, starts)
			// the phrase's other words that the articles never use go
			// with it: "soft" of "soft drink" is no subject of its own
			for j := head - 1; j >= 0 && starts[j] >= tok.Start; j-- {
				if !q.terms[j].known {
					starts = q.dropTerm(j, starts)
				}
			}
		}
		q.terms = append(q.terms, qt)
		starts = append(starts, tok.Start)
	}
	if asksYesNo(text) && !slices.ContainsFunc(q.terms, func(t term) bool {
		return slices.ContainsFunc(q.terms, func(u term) bool { return slices.Contains(opposite[t.text], u.text) })
	}) {
		// "did she accept" is answered by "she rejected" (see opposite);
		// "did they support or oppose" holds both sides already
		for i := range q.terms {
			t := &q.terms[i]
			if o := g.opposites(t.text, t.alts); len(o) > 0 {
				// the articles answer a word they never use by its
				// opposite: "was the call friendly?"
				t.kin = append(slices.Clip(t.kin), o...)
				t.known = true
			}
		}
	}
	for i := range q.terms {
		// an outlet the question names ("per the Sun") is known as the
		// headline words of its articles' passages are
		if t := &q.terms[i]; !t.known {
			if df := g.outletFreq(t.text, q.terms); df > 0 {
				t.known, t.fuzzy, t.long = true, 0, false
				t.weight = idf(df, g.passages)
			}
		}
	}
	q.capUnknown(g.passages)
	if n := len(q.terms); n >= 2 {
		// a question that ends on a word the corpus does not know,
		// named by a kind it knows ("the peso to dollar exchange rate",
		// "her approval rating"), is about that word: the corpus's
		// "goods exchanged" is no exchange rate
		t, last := &q.terms[n-2], q.terms[n-1]
		unknown := !last.known && last.fuzzy == 0 && !last.number && !last.wrong && !last.aside
		next := starts[n-2] < starts[n-1] && len(strings.Fields(text[starts[n-2]:starts[n-1]])) == 1 // no word between them
		if w := lowerWords(text[starts[n-1]:]); t.known && t.topic && unknown && next && len(w) > 0 && !answerNoun(w[0]) {
			t.topic = false
		}
	}
	for _, t := range q.terms {
		if by != "" && t.text == by && t.known && !t.topic && (!byOwns || subject != "" && subject != role && subject != by) {
			// the place most of the corpus is about owns the post: its
			// holder is named in too many ways ("Mexico's leader", "she").
			// Owned by name, the post is required when its holder is
			// what the question is about ("what did Mexico's defense
			// secretary say"), not when someone else is ("has Rubio met
			// Mexico's foreign minister")
			role = ""
		}
	}
	for i, t := range q.terms {
		q.total += t.weight
		if subject != "" && t.text == subject {
			q.subject = i + 1
		}
		if role != "" && t.text == role {
			q.role = i + 1
		}
		if (t.known || t.fuzzy == 0 && len(t.text) >= 4) && slices.Contains(quals, t.text) {
			// a word the corpus does not know qualifies a post it never
			// names ("the Canadian prime minister"); one it may know
			// misspelled, or a short one that may be initials ("the wh
			// spokeswoman"), is left out
			q.roleQuals = append(q.roleQuals, i)
		}
	}
	return q
}

// dropTerm removes term i from q while it is read, with where its word
// starts in starts, and returns starts.
func (q *question) dropTerm(i int, starts []int) []int {
	q.terms = slices.Delete(q.terms, i, i+1)
	switch {
	case q.named == i+1:
		q.named = 0
	case q.named > i+1:
		q.named--
	}
	return slices.Delete(starts, i, i+1)
}

// typoOf reports whether surface, a word of a question the corpus does
// not use, stemmed to t, is most likely a word it uses misspelled: a long
// one that is no word of English ("civilans").
func (g *generation) typoOf(surface, t string) bool {
	surface = unpossessed(surface) // "wife's" is as short as "wife"
	return utf8.RuneCountInString(surface) >= fuzzyMinLen && !isWord(surface) && g.misspells(t, 1)
}

// hasSubject reports whether a question, analyzed as toks, names a
// subject of its own past byte offset from, where the scene set before it
// ends: a word the corpus uses, or one of whose synonyms it uses ("slap"
// for "impose"), that is not an everyday one, nor one that only asks or
// chats.
func (g *generation) hasSubject(text string, toks analysis.TokenStream, from int) bool {
	for _, tok := range toks {
		if tok.Start < from {
			continue
		}
		t := string(tok.Term)
		if frameWord(text, tok.Start, tok.End) || everyday[t] {
			continue
		}
		if g.terms.docFreq(t) > 0 || slices.ContainsFunc(g.syn.alts[t], func(a string) bool { return g.terms.docFreq(a) > 0 }) {
			return true
		}
	}
	return false
}

// swappedYear returns a year the passages use that is year with two
// neighbouring digits swapped, and how many passages use it, or 0.
func (g *generation) swappedYear(year string) (string, uint64) {
	b := []byte(year)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		v := string(b)
		b[i], b[i+1] = b[i+1], b[i]
		if df := g.terms.docFreq(v); df > 0 && isYear(v) {
			return v, df
		}
	}
	return "", 0
}

// swappedWord returns the term of a word the passages use, or one of its
// synonyms, that is w with two neighbouring letters swapped, and how many
// passages use it, or 0.
func (g *generation) swappedWord(an analysis.Analyzer, w string) (string, uint64) {
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		toks := an.Analyze(slices.Clone(b)) // its terms may share the bytes
		b[i], b[i+1] = b[i+1], b[i]
		if len(toks) == 1 {
			v := string(toks[0].Term)
			df := g.terms.docFreq(v)
			for _, a := range g.syn.alts[v] {
				df = max(df, g.terms.docFreq(a))
			}
			if df > 0 {
				return v, df
			}
		}
	}
	return "", 0
}

// coversYear reports whether the corpus can speak of year, a question word
// the passages never use: an article was published that year, or the
// question asks about a span that reaches into the corpus's time ("since
// 2019"). A question about another year ("how many migrants crossed in
// 2019", "the 2022 World Cup") is about other news.
func (g *generation) coversYear(year, before string) bool {
	switch strings.ToLower(before) {
	case "since", "after", "before", "until", "till", "from", "by":
		return true
	}
	y, err := strconv.Atoi(year)
	if err != nil {
		return true
	}
	for _, a := range g.corpus.Articles {
		if a.Published.Year() == y {
			return true
		}
	}
	return false
}

// namesOther reports whether tok, a word of text that the corpus does not
// know, is a name it never uses: capitalized inside a sentence ("what did
// Rubio say about Cuba", "which cartel controls Jalisco"), an acronym of
// three to six capitals in a question not typed in capitals ("when was the
// USMCA signed"), or, in any case, a place's (see placeNames: "rubio's
// stance on the cuba embargo"); not a letter or two from a word the corpus
// knows (a misspelled name), and not an outlet's name. A question about a
// place or a person the coverage never names is about other news, however
// much else it shares.
func (g *generation) namesOther(text string, tok *analysis.Token, t string, fuzzy int) bool {
	word := text[tok.Start:tok.End]
	// two capitals are as often chat as a name ("MX", "RN")
	acronym := len(word) >= 3 && len(word) <= 6 && allCaps(word) && !titleCase(text)
	if tok.Type == analysis.Numeric || !acronym && !placeTerms()[t] && !nameOpener(wordBefore(text, tok.Start)) && (!capitalized([]byte(word)) || opensSentence(text, tok.Start) || titleCase(text)) {
		return false
	}
	if g.misspells(t, max(1, fuzzy)) || g.misspells(strings.ToLower(word), max(1, fuzzy)) {
		return false
	}
	return !g.outlets.of(g.corpus)[strings.ToLower(word)]
}

// nameOpener reports whether w, in lower case, opens Spanish names,
// whatever the case they are typed in: "el chapo", "los zetas".
func nameOpener(w string) bool {
	switch w {
	case "el", "los", "las", "del", "san", "santa":
		return true
	}
	return false
}

// outletTerms holds the analyzed words of each outlet's name, worked out
// once per generation on first use. A question that names the outlet by
// the last word of its name or by its initials ("the Sun", "the NY Sun",
// "the Townhall piece", "the NYT rewrite") counts them as headline words
// of its articles; one that only shares a word with it ("fentanyl prices
// in Los Angeles") does not. An outlet field may name more than one
// outlet: the capitalized names in a parenthesis ("Townhall (Tipsheet)",
// "Unknown outlet (rewrite of a New York Times report)") are names of it
// too. Once the question names the outlet, the other words of the field
// count as well ("the NYT rewrite"). Everyday words ("New") are left out.
type outletTerms struct {
	once    sync.Once
	outlets []byline
	of      []int            // article position -> its outlet in outlets
	byWord  map[string][]int // word -> the outlets whose name holds it
}

// byline is the analyzed words of one outlet's names, the words a
// question names it by (the last word of each name, and its initials),
// and how many passages its articles hold.
type byline struct {
	words    map[string]bool
	keys     []string
	source   string // the outlet as fieldSource holds it
	passages int
}

// namedBy reports whether one of terms names b (see outletTerms).
func (b *byline) namedBy(terms []term) bool {
	return slices.ContainsFunc(terms, func(u term) bool { return slices.Contains(b.keys, u.text) })
}

// article returns the outlet of the article at position ai.
func (o *outletTerms) article(c *corpus.Corpus, ai int) *byline {
	o.once.Do(func() { o.build(c) })
	return &o.outlets[o.of[ai]]
}

// outletsNamed returns a query for the passages of each outlet a term of
// q names (see byline.keys).
func (q question) outletsNamed(g *generation) []query.Query {
	var out []query.Query
	seen := map[string]bool{}
	for _, t := range q.terms {
		for _, b := range g.bylines.naming(g.corpus, t.text) {
			if slices.Contains(b.keys, t.text) && !seen[b.source] {
				seen[b.source] = true
				tq := bleve.NewTermQuery(b.source)
				tq.SetField(fieldSource)
				tq.SetBoost(outletBoost)
				out = append(out, tq)
			}
		}
	}
	return out
}

// naming returns the outlets whose name holds the analyzed word t.
func (o *outletTerms) naming(c *corpus.Corpus, t string) []*byline {
	o.once.Do(func() { o.build(c) })
	var out []*byline
	for _, i := range o.byWord[t] {
		out = append(out, &o.outlets[i])
	}
	return out
}

func (o *outletTerms) build(c *corpus.Corpus) {
	an := newAnalyzer()
	o.of = make([]int, len(c.Articles))
	o.byWord = map[string][]int{}
	index := map[string]int{}
	for ai, a := range c.Articles {
		i, ok := index[a.Outlet]
		if !ok {
			i = len(o.outlets)
			index[a.Outlet] = i
			b := byline{words: map[string]bool{}, source: strings.ToLower(a.Outlet)}
			add := func(t string) {
				if !everyday[t] && !b.words[t] {
					b.words[t] = true
					o.byWord[t] = append(o.byWord[t], i)
				}
			}
			for _, tok := range an.Analyze([]byte(a.Outlet)) {
				add(string(tok.Term))
			}
			for _, name := range outletNames(a.Outlet) {
				last, lastStart := "", -1
				for _, tok := range an.Analyze([]byte(name)) {
					t := string(tok.Term)
					switch {
					case tok.Start > lastStart:
						last, lastStart = t, tok.Start
					case len(t) >= minAcronym:
						// the initials the analyzer adds for a name
						// of several words: "nyt"
						b.keys = append(b.keys, t)
					}
				}
				if last != "" {
					b.keys = append(b.keys, last)
				}
				if t := placeInitials(name); t != "" {
					add(t) // "the LA Times", "the NY Sun"
				}
			}
			o.outlets = append(o.outlets, b)
		}
		o.of[ai] = i
		o.outlets[i].passages += len(a.Passages)
	}
}

// outletNames returns the names an outlet field holds: what stands before
// a parenthesis, and each run of capitalized words inside it.
func outletNames(outlet string) []string {
	name, rest, _ := strings.Cut(outlet, "(")
	names := []string{strings.TrimSpace(name)}
	inside, _, _ := strings.Cut(rest, ")")
	var run []string
	for _, w := range append(strings.Fields(inside), "") {
		if w != "" && capitalized([]byte(w)) && (len(run) > 0 || !leadingArticle([]byte(w))) {
			run = append(run, w)
			continue
		}
		if len(run) > 0 {
			names = append(names, strings.Join(run, " "))
			run = nil
		}
	}
	return names
}

// placeInitials returns, in lower case, the initials of the capitalized
// words of an outlet's name before its last word, when there are two or
// three of them: "la" for "Los Angeles Times", "ny" for "The New York
// Sun". Members write the place of a paper's name that way.
func placeInitials(name string) string {
	words := strings.Fields(name)
	if len(words) > 0 && leadingArticle([]byte(words[0])) {
		words = words[1:]
	}
	if len(words) < 3 || len(words) > 4 {
		return ""
	}
	var b strings.Builder
	for _, w := range words[:len(words)-1] {
		if !capitalized([]byte(w)) {
			return ""
		}
		b.WriteByte(w[0])
	}
	return strings.ToLower(b.String())
}

// outletFreq returns how many passages stand in articles whose outlet's
// name holds the analyzed word t and ends in one of the question's terms
// (see outletTerms).
func (g *generation) outletFreq(t string, terms []term) uint64 {
	var n uint64
	for _, b := range g.bylines.naming(g.corpus, t) {
		if b.namedBy(terms) {
			n += uint64(b.passages)
		}
	}
	return n
}

// outletWords is the set of the words of the outlets' names, in lower
// case, worked out once per generation on first use.
type outletWords struct {
	once  sync.Once
	words map[string]bool
}

func (o *outletWords) of(c *corpus.Corpus) map[string]bool {
	o.once.Do(func() {
		o.words = map[string]bool{}
		for _, a := range c.Articles {
			for _, w := range questionWords(a.Outlet) {
				o.words[strings.ToLower(w.text)] = true
			}
		}
	})
	return o.words
}

// titleCase reports whether text is written as a headline, every word
// after the first capitalized but one at most ("What Did Rubio Say About
// the Boats"): there a capital does not mark a name.
func titleCase(text string) bool {
	words := questionWords(text)
	lower := 0
	for _, w := range words[min(1, len(words)):] {
		r, _ := utf8.DecodeRuneInString(w.text)
		if unicode.IsLower(r) {
			lower++
		}
	}
	return len(words) >= 4 && lower <= 1
}

// misspells reports whether word is within edits of a word the passages
// use.
func (g *generation) misspells(word string, edits int) bool {
	for _, c := range g.typoCandidates(word, edits) {
		if c.term != word && g.terms.docFreq(c.term) > 0 {
			return true
		}
	}
	return false
}

// opensSentence reports whether the word at byte offset i of text opens
// it or a sentence of it.
func opensSentence(text string, i int) bool {
	before := strings.TrimRight(text[:i], " \t\n\"“‘'(")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".?!:;")
}

// capUnknown lowers the weight of each question word the corpus does not
// know (and cannot hold misspelled) to the median weight of the words it
// knows. By IDF an unknown word is the rarest of all, yet it says nothing
// about the corpus: it may be the subject of a question about something
// else, or only a paraphrase or slang for a word the corpus uses. At full
// weight one such word sinks a question that the passages answer in their
// own words. A question with no known word keeps full weights: nothing can
// answer it anyway.
func (q *question) capUnknown(passages int) {
	var known []float64
	for _, t := range q.terms {
		if t.known {
			known = append(known, t.weight)
		}
	}
	if len(known) == 0 {
		return
	}
	slices.Sort(known)
	capw := known[len(known)/2]
	if len(known)%2 == 0 {
		capw = (known[len(known)/2-1] + known[len(known)/2]) / 2
	}
	// but never below the weight of a word two passages use: when the
	// known words are all common ones ("us", "mexico"), the unknown one is
	// what the question is about
	capw = max(capw, idf(2, passages))
	q.capw = capw
	for i := range q.terms {
		if t := &q.terms[i]; !t.known && t.fuzzy == 0 {
			t.weight = min(t.weight, capw)
			if t.wrong {
				continue
			}
			q.unknown++
			if t.number || t.long {
				q.longUnknown++ // a year or an amount the corpus never gives, or a long word
			}
		}
	}
}

// reachable is the most coverage any passage can have: the share of the
// question's weight in words the corpus knows or may hold misspelled.
func (q question) reachable() float64 {
	if q.total == 0 {
		return 0
	}
	var w float64
	for _, t := range q.terms {
		if t.known || t.fuzzy > 0 {
			w += t.weight
		}
	}
	return w / q.total
}

// answerNoun reports whether w names the kind of answer a question asks
// for rather than its subject: "noriega sentence length", "the 55
// number", "trade figure".
func answerNoun(w string) bool {
	switch w {
	case "number", "numbers", "figure", "figures", "length", "size", "amount", "total", "count", "name", "date", "year", "stats", "data":
		return true
	}
	return strings.HasSuffix(w, "ed") // "where was the plane spotted": a verb
}

// idf is BM25's inverse document frequency.
func idf(df uint64, n int) float64 {
	N, d := float64(n), float64(df)
	return math.Log(1 + (N-d+0.5)/(d+0.5))
}

func appendPair(pairs [][]string, a, b string) [][]string {
	for _, p := range pairs {
		if p[0] == a && p[1] == b {
			return pairs
		}
	}
	return append(pairs, []string{a, b})
}

// askingWord reports whether a word only frames a question ("tell me",
// "explain", "according to the article") and says nothing about its subject.
// Such words are dropped from questions; passages keep them.
func askingWord(w string) bool {
	switch w {
	case "tell", "explain", "describe", "summarize", "summarise", "summary", "know",
		"article", "articles", "piece", "pieces", "coverage", "story", "stories", "mention", "mentioned", "mentions", "according", "happened", "happen",
		"quote", "quotes", "quoted", "soundbite", "soundbites", // "what was the quote": what someone said, which the passage quotes
		"phrase", "phrased", "phrasing", "wording", "formulation", "formulate", "formulated", // "how did he phrase it"
		"occur", "occurs", "occurred", "occurring", // "when did the call occur" asks when it happened
		"many", "much", // "how many" asks for a number, which the passage has in digits
		"every":
		return true
	}
	return false
}

// frameWord reports whether the word text[start:end] frames a question or
// fills it, and names nothing of its subject: a word that asks ("tell
// me"), chat ("lol", "anybody's"), a tag ("…, right?") or the "call" of
// "what did she call it" (see namingCall).
func frameWord(text string, start, end int) bool {
	w := strings.ToLower(text[start:end])
	if w == "call" || w == "calls" {
		words := lowerWords(text[:end])
		if namingCall(words, len(words)-1) {
			return true
		}
	}
	return askingWord(w) || chatWord(unpossessed(w)) || tagWord(text, start, end)
}

// commandWord reports whether word, after the text before, only tells the
// bot what to do, as a quiz does: "Name the White House spokeswoman",
// "please list the countries", "Fill in the blank: …".
func commandWord(word, before string) bool {
	switch word {
	case "name", "list", "identify", "fill":
	case "blank", "blanks":
		return strings.HasSuffix(strings.ToLower(strings.TrimSpace(before)), "the")
	default:
		return false
	}
	b := strings.TrimSpace(before)
	if b == "" || strings.IndexByte(".?!:;,", b[len(b)-1]) >= 0 {
		return true
	}
	prev := wordBefore(before, len(before))
	return prev == "please" || prev == "pls" || prev == "you" || prev == "and"
}

// idiom reports whether word, after prev, is part of a phrase that frames
// a question rather than names its subject: "how long", "how many times",
// "so far".
func idiom(prev, word string) bool {
	switch {
	case prev == "how" && (word == "long" || word == "far" || word == "big" || word == "large" || word == "old"):
		return true
	case prev == "many" && (word == "times" || word == "time"):
		return true
	case prev == "so" && word == "far":
		return true
	case (prev == "take" || prev == "took" || prev == "taken" || prev == "takes" || prev == "taking") && word == "place":
		return true // "when did it take place"
	case (prev == "that" || prev == "it" || prev == "this") && (word == "true" || word == "right" || word == "real"):
		return true // "is that true", a tag at the end of a question
	case (prev == "any" || prev == "no") && (word == "idea" || word == "clue"):
		return true // "any idea why", "no clue what"
	case prev == "the" && word == "whole", prev == "whole" && word == "time":
		return true // "was it friendly the whole time"
	case prev == "i" && (word == "read" || word == "saw"):
		return true // "i read that…", the asker's source
	case (prev == "my" || prev == "our") && relative(unpossessed(word)):
		return true // "my uncle says…": who told the asker, not the subject
	case word == "mine" && (prev == "like" || prev == "of" || prev == "than" || prev == "is" || prev == "was" || prev == "s"):
		return true // "border towns like mine": the pronoun, not a mine
	}
	return false
}

// lastingVerb reports whether word, after prev, only says that something
// went on, in a question that asks how long: "how long did it run", "how
// long did the call last". It is not the "run" of "who runs Mexico".
func lastingVerb(prev, word string) bool {
	switch word {
	case "run", "runs", "ran", "last", "lasts", "lasted", "go", "went":
	default:
		return false
	}
	switch prev {
	case "it", "that", "this", "they", "call", "meeting", "talk", "talks", "conversation":
		return true
	}
	return false
}

// relative reports whether word names one of the people around an asker:
// family, partners, friends, people at work ("my crew", "my supplier").
func relative(word string) bool {
	switch word {
	case "mom", "mum", "mother", "dad", "father", "parents", "uncle", "aunt", "tio", "tia", "cousin", "cousins",
		"brother", "sister", "grandma", "grandpa", "grandmother", "grandfather", "grandparents",
		"grandson", "granddaughter", "wife", "husband", "gf", "bf", "girlfriend", "boyfriend",
		"son", "daughter", "kids", "friend", "friends", "buddy", "roommate", "neighbor",
		"neighbour", "coworker", "coworkers", "colleague", "colleagues", "boss", "teacher",
		"crew", "manager", "supplier", "suppliers", "employees", "workers", "staff", "partner",
		"granny", "nana", "gramps", "grandad", "granddad", "grandparent",
		// and in Spanish, which bilingual members mix in: "mi abuela wants
		// to know"
		"abuela", "abuelo", "abuelos", "abuelita", "abuelito", "mamá", "papá", "tío", "tía",
		"primo", "prima", "hermano", "hermana", "esposo", "esposa", "hijo", "hija", "suegra", "suegro", "vecino", "vecina":
		return true
	}
	return false
}

// degreeWord reports whether w only grades or sorts what the word after it
// names: "big", "strongest", "regular", "super" (close).
func degreeWord(w string) bool {
	switch w {
	case "big", "bigger", "biggest", "small", "smaller", "smallest", "large", "larger", "largest",
		"huge", "massive", "major", "minor", "strong", "stronger", "strongest", "weak", "weaker", "weakest",
		"real", "regular", "normal", "ordinary", "average", "everyday", "main", "great", "greatest",
		"little", "whole", "entire",
		"super", "pretty", "extremely", "hugely", "highly": // "super close", "pretty sure"
		return true
	}
	return false
}

// kindOf reports whether word, followed by rest, only names a class of the
// subject that follows: "what kind of cooperation", "which type of drones".
func kindOf(word, rest string) bool {
	switch word {
	case "kind", "kinds", "sort", "sorts", "type", "types":
		rest = strings.TrimLeft(rest, " \t\n")
		return len(rest) >= 2 && strings.EqualFold(rest[:2], "of") && (len(rest) == 2 || !isWordByte(rest[2]))
	}
	return false
}

// asksWhich reports whether the word at byte offset i of text follows
// "which" or "what", directly or after a few words that qualify it ("which
// us army unit"), but not after a verb ("what did the unit do").
func asksWhich(text string, i int) bool {
	for range 4 { // "which U.S. army unit"
		w, start := wordBeforeAt(text, i)
		switch {
		case w == "which" || w == "what":
			return true
		case w == "" || auxiliary(w) || askingWord(w):
			return false
		}
		i = start
	}
	return false
}

// wordBefore returns the word that ends before byte offset i of text, in
// lower case.
func wordBefore(text string, i int) string {
	w, _ := wordBeforeAt(text, i)
	return w
}

// wordBeforeAt is wordBefore that also returns where the word starts.
func wordBeforeAt(text string, i int) (string, int) {
	end := i
	for end > 0 && !isWordByte(text[end-1]) {
		end--
	}
	start := end
	for start > 0 && isWordByte(text[start-1]) {
		start--
	}
	return strings.ToLower(text[start:end]), start
}

// wordAfter returns the word after the one that starts at byte offset i
// of text, in lower case.
func wordAfter(text string, i int) string {
	for i < len(text) && isWordByte(text[i]) || i < len(text) && text[i] == '\'' {
		i++
	}
	for i < len(text) && !isWordByte(text[i]) {
		i++
	}
	end := i
	for end < len(text) && isWordByte(text[end]) {
		end++
	}
	return strings.ToLower(text[i:end])
}

// receiving reports whether verb, after the subject of a question, has
// it receive rather than act: "how much did China get".
func receiving(verb string) bool {
	switch verb {
	case "get", "gets", "got", "receive", "receives", "received", "face", "faces", "faced":
		return true
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// bleveQuery turns an analyzed question into a bleve query over the named
// fields. User text never reaches a query parser: every clause is built
// from analyzed terms.
func (q question) bleveQuery(g *generation) query.Query {
	// A word most passages hold costs the most to look up and tells the
	// least; when the question has rarer words, bleve looks for those and
	// the common ones count only in coverage and ranking.
	common := max(uint64(commonShare*float64(g.passages)), commonMin)
	hasRare := false
	for _, t := range q.terms {
		if t.known && g.terms.docFreq(t.text) <= common || t.fuzzy > 0 {
			hasRare = true
		}
	}
	// A long question looks up only its maxLookups rarest words (at most
	// maxFuzzy of them with typos), so its cost stays bounded; the others
	// still count in coverage and ranking.
	type lookup struct {
		i  int
		df uint64
	}
	var lookups []lookup
	fuzzy := 0
	for i, t := range q.terms {
		df := g.terms.docFreq(t.text)
		switch {
		case t.known && !(hasRare && df > common):
			lookups = append(lookups, lookup{i, df})
		case !t.known && t.fuzzy > 0 && fuzzy < maxFuzzy:
			fuzzy++
			lookups = append(lookups, lookup{i, 0})
		}
	}
	slices.SortStableFunc(lookups, func(a, b lookup) int { return cmp.Compare(a.df, b.df) })
	keep := make([]bool, len(q.terms))
	for _, l := range lookups[:min(len(lookups), maxLookups)] {
		keep[l.i] = true
	}
	var clauses, contexts []query.Query
	for i, t := range q.terms {
		switch {
		case !keep[i]:
			continue
		case t.known:
			tq := bleve.NewTermQuery(t.text)
			tq.SetField(fieldBody)
			clauses = append(clauses, tq)
			for _, k := range t.kin[:min(len(t.kin), maxKin)] {
				kq := bleve.NewTermQuery(k)
				kq.SetField(fieldBody)
				kq.SetBoost(inFamily)
				clauses = append(clauses, kq)
			}
			cq := bleve.NewTermQuery(t.text)
			cq.SetField(fieldContext)
			contexts = append(contexts, cq)
		case t.fuzzy > 0:
			clauses = append(clauses, g.typoQuery(t.text, t.fuzzy))
		}
	}
	if q.nameError {
		// "townhall spelled her name wrong, what did they call her" holds
		// no word of the passage that misspells it: every passage of the
		// outlet it names is a candidate (see collector.misnames)
		clauses = append(clauses, q.outletsNamed(g)...)
	}
	if len(clauses) == 0 {
		return nil
	}
	if !hasRare && len(clauses) > 1 {
		// Every word is common: a passage must hold them all, which bleve
		// finds by walking the rarest word's postings rather than the union
		// of all of them.
		return bleve.NewConjunctionQuery(clauses...)
	}
	var phrases []query.Query
	for _, p := range q.phrases {
		// a phrase reads the positions of every passage holding both
		// words: with a common word in it, that is most of the corpus
		if df0, df1 := g.terms.docFreq(p[0]), g.terms.docFreq(p[1]); df0 > 0 && df1 > 0 &&
			df0 <= common && df1 <= common && len(phrases) < maxLookups/2 {
			phrases = append(phrases, bleve.NewPhraseQuery(p, fieldBody))
		}
	}
	if len(contexts) > 0 {
		clauses = append(clauses, group(contextBoost, contexts))
	}
	if len(phrases) > 0 {
		clauses = append(clauses, group(phraseBoost, phrases))
	}
	text := bleve.NewDisjunctionQuery(clauses...)
	if len(q.kinds) == 0 {
		return text
	}
	// The kind of answer asked for adds to the score of passages the words
	// found; as a should clause bleve checks it only for those, rather than
	// walking every passage that holds a number.
	var kinds []query.Query
	for _, k := range q.kinds {
		tq := bleve.NewTermQuery(k)
		tq.SetField(fieldHas)
		tq.SetBoost(kindBoost)
		kinds = append(kinds, tq)
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(text)
	b.AddShould(kinds...)
	return b
}

// group joins leaf queries into one clause of the question's disjunction,
// so that together they count as one matched clause. bleve ignores the
// boost of a disjunction, so the boost goes on each leaf.
func group(boost float64, leaves []query.Query) query.Query {
	for _, l := range leaves {
		if b, ok := l.(query.BoostableQuery); ok {
			b.SetBoost(boost)
		}
	}
	return bleve.NewDisjunctionQuery(leaves...)
}

// filterQuery narrows a search to the sources and dates asked for, or
// returns nil when the query asks for none.
func filterQuery(q corpus.Query) query.Query {
	var filters []query.Query
	var sources []query.Query
	for _, s := range q.Sources {
		s = strings.ToLower(strings.TrimSpace(s))
		if s == "" {
			continue
		}
		tq := bleve.NewTermQuery(s)
		tq.SetField(fieldSource)
		sources = append(sources, tq)
	}
	if len(sources) > 0 {
		filters = append(filters, bleve.NewDisjunctionQuery(sources...))
	}
	if !q.After.IsZero() || !q.Before.IsZero() {
		var start, end time.Time
		if !q.After.IsZero() {
			start = day(q.After)
		}
		if !q.Before.IsZero() {
			end = day(q.Before)
		}
		yes := true
		dq := bleve.NewDateRangeInclusiveQuery(start, end, &yes, &yes)
		dq.SetField(fieldPublished)
		filters = append(filters, dq)
	}
	switch len(filters) {
	case 0:
		return nil
	case 1:
		return filters[0]
	}
	return bleve.NewConjunctionQuery(filters...)
}

// day returns midnight UTC of t's calendar date, which is how publication
// dates are kept.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Search answers q: the passages that best answer the question, at most
// q.PerArticle from one article, each with the sentences to quote. When no
// passage covers enough of the question the answer has NoMatch set and no
// results.
func (ix *Index) Search(ctx context.Context, q corpus.Query) (*corpus.Answer, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	g, err := ix.acquire()
	if err != nil {
		return nil, err
	}
	defer g.release()

	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	perArticle := q.PerArticle
	if perArticle == 0 {
		perArticle = defaultPerArticle
	}
	offset := max(q.Offset, 0)
	ans := &corpus.Answer{Question: q.Text}

	qq := g.parseQuestion(ix.an, q.Text)
	bq := qq.bleveQuery(g)
	if bq == nil {
		ans.NoMatch = true
		return ans, nil
	}
	if (qq.otherYear || qq.otherName) && !qq.claim || qq.reachable() < minCoverage && !qq.nameError {
		if len(qq.quoted) == 0 {
			ans.NoMatch = true
			return ans, nil
		}
		// a question about something else, or one the corpus knows
		// too few words of, is still answered by a passage that holds a
		// phrase it quotes ("a 'little campaign' (campañita?): how is
		// that phrase framed in the English article?"); one about a
		// name written wrong, by the passage that writes it (see
		// collector.misnames), whatever words it uses of its own
		// ("what's the broken string in the lede?")
		qq.onlyQuoted = true
	}
	if f := filterQuery(q); f != nil {
		b := bleve.NewBooleanQuery()
		b.AddMust(bq)
		b.AddFilter(f)
		bq = b
	}

	want := offset + limit
	size := want + examineExtra
	c := collector{g: g, an: ix.an, q: qq, m: qq.matcher(g.terms), budget: want + examineExtra}
	var results []corpus.Result
	var hits search.DocumentMatchCollection // best first
	var total uint64
	for round := 0; ; round++ {
		if hits == nil || len(hits) < size && uint64(len(hits)) < total {
			// a second round fetches at once the hits the last round may
			// read: walking the postings costs the same for more hits
			fetch := size
			if round > 0 {
				fetch += (maxRounds - round) * (want + examineExtra)
			}
			req := bleve.NewSearchRequestOptions(bq, fetch, 0, false)
			res, err := g.idx.SearchInContext(ctx, req)
			if err != nil {
				return nil, fmt.Errorf("search: %w", err)
			}
			hits, total = res.Hits, res.Total
		}
		ans.Total = int(total)
		view := hits[:min(len(hits), size)]
		c.examine(view)
		results = c.results(want, perArticle)
		more := len(view) == size && uint64(size) < total
		// a question no passage of the best hits answers is refused
		// without reading further: hits come best first
		if len(results) >= want || len(results) == 0 || !more || round == maxRounds {
			break
		}
		// the per-article cap left too few: look further down
		c.budget += want + examineExtra
		size = c.next + c.budget
	}
	if len(results) == 0 {
		ans.NoMatch = true
		ans.Total = 0
		return ans, nil
	}
	if offset >= len(results) {
		return ans, nil
	}
	ans.Results = results[offset:]
	for i := range ans.Results {
		r := &ans.Results[i]
		r.Quote, r.Highlights = bestQuote(r.Passage, c.analyzed(c.refs[offset+i]), c.q, c.m)
	}
	return ans, nil
}

// examineExtra is how many passages beyond those wanted a search checks
// for coverage: hits come best first, so one further down that covers the
// question well is rare, and each check costs an analysis of the passage.
// maxRounds bounds how often a search looks further when the per-article
// cap leaves too few results (and some passage answers).
const (
	examineExtra = 30
	maxRounds    = 3
)

// collector checks bleve hits for coverage and ranks the ones that pass.
type collector struct {
	g      *generation
	an     analysis.Analyzer
	q      question
	q0     *question // the question as parsed, when results changed q's weights
	m      *matcher
	budget int // passages it may still check

	next      int // hits already checked
	cands     []candidate
	ranked    []candidate                     // those results ranked, best first
	toks      map[docRef]analysis.TokenStream // passages analyzed, by analyzed
	recurring map[int]bool                    // by article, whether it names the question's subject often (see recurs)
	people    map[int]map[string]introduced   // by article, the people it introduces (see roles)
	acting    map[int]bool                    // by article, whether it names the question's subject acting (see acts)
	refs      []docRef                        // the passages of the last results
}

type candidate struct {
	ref      docRef
	doc      int       // bleve document id
	found    []float64 // see question.found
	cov      float64
	words    float64 // how many of the question's words it holds, however rare
	score    float64 // bleve's
	kind     float64 // what the kinds of answer asked for that it holds add to its rank (see kindScore)
	facts    bool    // it holds a kind of answer that can answer the question's (see answering)
	quotes   bool    // it holds, word for word, a phrase the question quotes
	misnames bool    // it writes a name wrong, and the question asks about one (see misnames)
	extra    float64 // what reading it closely added (see answerKinds)
	rank     float64
}

// closeBoost adds weight to the rank of those of the best closeReads
// candidates whose passage holds, and sorts them again.
func (c *collector) closeBoost(cands []candidate, weight float64, holds func(text string, ref docRef) bool) {
	for i := range cands[:min(len(cands), closeReads)] {
		cd := &cands[i]
		if holds(c.g.corpus.Articles[cd.ref.article].Passages[cd.ref.passage].Text, cd.ref) {
			cd.rank += weight
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.rank, a.rank) })
}

// required favours, among the best candidates, those whose text gives
// what the question cannot be answered without (see closeBoost), and
// reports whether any does.
func (c *collector) required(cands []candidate, gives func(text string) bool) bool {
	given := false
	c.closeBoost(cands, namedWeight, func(text string, _ docRef) bool {
		g := gives(text)
		given = given || g
		return g
	})
	return given
}

// misnames reports whether the passage at ref writes a name as the corpus
// seldom does: a capitalized word of fuzzyMinLen letters or more that no
// dictionary holds, in at most two passages, one edit from a word of no
// dictionary that three times as many passages use ("Sheibaum" beside
// "Sheinbaum").
func (c *collector) misnames(ref docRef) bool {
	text := c.g.corpus.Articles[ref.article].Passages[ref.passage].Text
	for _, tok := range c.analyzed(ref) {
		w := text[tok.Start:tok.End]
		if !upperAt(text, tok.Start) || utf8.RuneCountInString(w) < fuzzyMinLen || strings.ContainsAny(w, " \n") || isWord(strings.ToLower(w)) {
			continue // the initials of a name span its words
		}
		t := string(tok.Term)
		df := c.g.terms.docFreq(t)
		if df == 0 || df > 2 {
			continue
		}
		for _, u := range c.g.typoCandidates(t, 1) {
			if u.term != t && !isWord(u.term) && c.g.terms.docFreq(u.term) >= 3*df {
				return true
			}
		}
	}
	return false
}

// followUp ranks a passage whose first sentence gives what the question
// asks for (see givesReason, givesAge) at least as high as the passage
// before it, among the best, when that one does not give it: news states
// a fact in one paragraph and explains it in the next, in words of its own
// ("…they aren't worried about Mexico becoming the next target." / "Their
// confidence stems from the cooperation…"), or introduces people before
// saying who they are ("five cartel operatives…" / "A 39-year-old
// operative…").
func (c *collector) followUp(cands []candidate, gives func(text string) bool) []candidate {
	type fact struct {
		next docRef
		doc  int
		rank float64
	}
	var facts []fact
	for _, cd := range cands[:min(len(cands), closeReads)] {
		ps := c.g.corpus.Articles[cd.ref.article].Passages
		if cd.ref.passage+1 >= len(ps) || gives(ps[cd.ref.passage].Text) {
			continue
		}
		if cov, _ := c.q.covered(c.q.found(c.m, c.g.terms.bodyOf(cd.doc), nil, nil, nil, 0)); cov < floorCoverage {
			continue // the fact is in the paragraph before this one
		}
		next := ps[cd.ref.passage+1]
		if first := sentences(next); gives(next.Text[first[0].Start:first[0].End]) {
			facts = append(facts, fact{docRef{cd.ref.article, cd.ref.passage + 1}, cd.doc + 1, cd.rank})
		}
	}
	for _, f := range facts {
		i := slices.IndexFunc(cands, func(cd candidate) bool { return cd.ref == f.next })
		if i < 0 {
			// the answer may hold none of the question's words: it is
			// read here, not among bleve's hits
			cd := c.candidate(f.doc, 0)
			cd.rank = cd.cov + cd.kind
			cands = append(cands, cd)
			i = len(cands) - 1
		}
		cands[i].rank = max(cands[i].rank, f.rank)
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.rank, a.rank) })
	return cands
}

// kindScore returns what a passage holding the kinds of answer has adds
// to its rank: kindWeight (softKindWeight for a name or a quotation) for
// each kind asked for that it holds, over the kinds asked for, places
// aside; and placeWeight for a place when one is asked for.
func (q question) kindScore(has answerKind) float64 {
	var s float64
	if asked := q.asked &^ hasPlace; asked != 0 {
		hard := has & asked &^ (hasName | hasQuote)
		soft := has & asked & (hasName | hasQuote)
		s = (kindWeight*float64(bitsOf(hard)) + softKindWeight*float64(bitsOf(soft))) / float64(bitsOf(asked))
	}
	if has&q.asked&hasPlace != 0 {
		s += placeWeight
	}
	return s
}

// holds reports whether the body of passage doc holds question term i.
func (c *collector) holds(doc, i int) bool {
	held := false
	c.m.matchIDs(c.g.terms.bodyOf(doc), func(j int, _ float64) { held = held || j == i })
	return held
}

// introduces reports whether the passage ref is the first of its article
// to hold question term i.
func (c *collector) introduces(ref docRef, i int) bool {
	first := sort.Search(len(c.g.docs), func(n int) bool { return c.g.docs[n].article >= ref.article })
	for p := range ref.passage {
		if c.holds(first+p, i) {
			return false
		}
	}
	return c.holds(first+ref.passage, i)
}

// counting reports whether q asks how many of something (see countedAt).
func (q question) counting() bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.counts })
}

// countsIn reports whether a passage, text analyzed as toks, has a number
// within countWindow words of a word that names what q counts: "thousands
// of cartel members", "10,000 troops" for soldiers; or a word further on
// joined to the number's noun by "and" or "or" ("six Mexican cartels and
// criminal groups"). Any word for people names what "how many people"
// counts: "hundreds of thousands of Americans".
func countsIn(text string, toks analysis.TokenStream, q question, m *matcher) bool {
	num, counted := -countWindow-1, -countWindow-1
	people := slices.ContainsFunc(q.terms, func(t term) bool { return t.counts && anyone[t.text] })
	for i, tok := range toks {
		if termKind(string(tok.Term))&hasNumber != 0 {
			if i-counted <= countWindow {
				return true
			}
			num = i
		}
		if countedTerm(string(tok.Term), q, m) || people && peopleNouns[string(tok.Term)] {
			if d := i - num; d <= countWindow || d == countWindow+1 && num >= 0 && coordinated(text[toks[num].End:tok.Start]) {
				return true
			}
			counted = i
		}
	}
	return false
}

// countedTerm reports whether passage term w matches a question term that
// names what q counts, though another term has it as a synonym too ("troop
// count… how many soldiers").
func countedTerm(w string, q question, m *matcher) bool {
	for i, t := range q.terms {
		if t.counts && m.matches(w, i) {
			return true
		}
	}
	return false
}

// coordinated reports whether the words between two others join two
// nouns: they hold "and" or "or".
func coordinated(between string) bool {
	for _, w := range lowerWords(between) {
		if w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// anyone holds the analyzed words for people of any kind, and peopleNouns
// those that name people of some kind, each of which a question counting
// "people" counts (see countsIn).
var anyone, peopleNouns = analyzedSet("people persons individuals"), analyzedSet("people persons individuals " +
	"Americans Mexicans citizens civilians residents migrants immigrants members workers victims soldiers troops agents officers")

// analyzedSet returns the set of the analyzed terms of words.
func analyzedSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, tok := range newAnalyzer().Analyze([]byte(words)) {
		m[string(tok.Term)] = true
	}
	return m
}

// recurs reports whether the article of cd names question term i in two
// passages or more: someone it speaks of often, whom a pronoun may stand
// for in the others.
func (c *collector) recurs(cd candidate, i int) bool {
	if r, ok := c.recurring[cd.ref.article]; ok {
		return r
	}
	if c.recurring == nil {
		c.recurring = map[int]bool{}
	}
	first, n := cd.doc-cd.ref.passage, 0
	for p := range c.g.corpus.Articles[cd.ref.article].Passages {
		if c.holds(first+p, i) {
			n++
		}
		if n >= 2 {
			break
		}
	}
	c.recurring[cd.ref.article] = n >= 2
	return n >= 2
}

// byOutlet reports whether question term i, the question's subject, names
// the candidate's outlet (see outletTerms): "did Townhall really call her
// Gloria" is about what Townhall's articles say, though none names it.
func (c *collector) byOutlet(cd candidate, i int) bool {
	if !c.namesOutlet(cd.ref.article) {
		return false
	}
	b := c.g.bylines.article(c.g.corpus, cd.ref.article)
	for w := range b.words {
		if c.m.matches(w, i) {
			return true
		}
	}
	return false
}

// seatOf reports whether question term i is "Washington" and the
// candidate passage names the United States: news says "Washington" for
// the American government ("has Washington thought about sending special
// forces") in articles that write "the U.S." or "the administration".
func (c *collector) seatOf(cd candidate, i int) bool {
	if c.q.terms[i].text != "washington" {
		return false
	}
	id, ok := c.g.terms.ids[countryTerm]
	return ok && slices.Contains(c.g.terms.bodyOf(cd.doc), id)
}

// namesOutlet reports whether the question names the outlet of the
// article at position ai (see outletTerms).
func (c *collector) namesOutlet(ai int) bool {
	return slices.ContainsFunc(c.g.bylines.article(c.g.corpus, ai).keys, func(k string) bool {
		_, ok := c.m.match(k)
		return ok
	})
}

// analyzed returns the passage's text analyzed, once per search.
func (c *collector) analyzed(ref docRef) analysis.TokenStream {
	if toks, ok := c.toks[ref]; ok {
		return toks
	}
	if c.toks == nil {
		c.toks = map[docRef]analysis.TokenStream{}
	}
	toks := c.an.Analyze([]byte(c.g.corpus.Articles[ref.article].Passages[ref.passage].Text))
	c.toks[ref] = toks
	return toks
}

// examine checks hits from where it stopped, while budget lasts, and keeps
// the passages that may cover enough of the question (see results).
func (c *collector) examine(hits search.DocumentMatchCollection) {
	for ; c.next < len(hits) && c.budget > 0; c.next++ {
		h := hits[c.next]
		n, err := strconv.Atoi(h.ID)
		if err != nil || n < 0 || n >= len(c.g.docs) {
			continue
		}
		c.budget--
		cd := c.candidate(n, h.Score)
		if cd.cov < floorCoverage && !c.m.fuzzy && !(c.q.nameError && c.misnames(cd.ref)) {
			// with typos to look for, weights are final only in results;
			// a question about a name written wrong is answered by the
			// passage that writes it, whatever else it shares with it
			continue
		}
		c.cands = append(c.cands, cd)
	}
}

// candidate reads passage n, with bleve's score, for how much of the
// question it covers and the kinds of answer it holds.
func (c *collector) candidate(n int, score float64) candidate {
	ref := c.g.docs[n]
	body := c.g.terms.bodyOf(n)
	var outlet map[string]bool
	if c.namesOutlet(ref.article) {
		outlet = c.g.bylines.article(c.g.corpus, ref.article).words
	}
	ctx := inContext
	if continuesQuote(c.g.corpus.Articles[ref.article].Passages[ref.passage].Text) {
		ctx = inBody
	}
	found := c.q.found(c.m, body, c.g.titles[ref.article], outlet, c.g.terms.ctxOf(n), ctx)
	cov, words := c.q.covered(found)
	var kind float64
	var facts bool
	if c.q.asked != 0 {
		has := kindsOf(body, c.g.kinds.of(c.g.terms), c.m)
		kind = c.q.kindScore(has)
		facts = has&answering(c.q.asked) != 0
	}
	quotes := len(c.q.quoted) > 0 && holdsPhrase(c.g.corpus.Articles[ref.article].Passages[ref.passage].Text, c.q.quoted)
	return candidate{ref: ref, doc: n, found: found, cov: cov, words: words, score: score, kind: kind, facts: facts, quotes: quotes}
}

// results keeps the candidates that cover enough of the question, best
// first by coverage, bleve's score and the kind of answer asked for (see
// bm25Weight, kindWeight and answerKinds), at most want, and at most
// perArticle from one article when perArticle is positive. Some passage
// must reach minCoverage, or lowCoverage with several of the question's
// topic words, or nothing is returned; the others must reach floorCoverage
// and half of the best one's coverage.
// Coverage does not scale with the corpus: it is a share of the question's
// own weight.
func (c *collector) results(want, perArticle int) []corpus.Result {
	if c.m.fuzzy {
		if c.q0 == nil {
			q0 := c.q
			c.q0 = &q0
		}
		c.q = c.q0.withoutTypos(c.cands)
		for i := range c.cands {
			cd := &c.cands[i]
			cd.cov, cd.words = c.q.covered(cd.found)
		}
	}
	if s := c.q.subject - 1; s >= 0 {
		// a question about someone is answered by a passage that names
		// them, or stands in an article that often does (see subjectAt);
		// one about what they did, by an article in which they act (see
		// acts)
		c.cands = slices.DeleteFunc(c.cands, func(cd candidate) bool {
			return !c.byOutlet(cd, s) && !c.seatOf(cd, s) && (cd.found[s] == 0 && !c.recurs(cd, s) || c.q.acts && !c.acts(cd, s))
		})
	}
	if c.q.role > 0 && c.q.succession == "" {
		// "who is Mexico's defense secretary" is answered by a sentence
		// that names the post (see roleAt); who held it before someone
		// is named with the successor, often apart from the post
		c.cands = slices.DeleteFunc(c.cands, func(cd candidate) bool { return !c.holdsRole(cd) })
	}
	if c.q.quoted != nil && !uniqueQuote(c.cands) {
		// a phrase many passages hold ("boots on the ground") tells
		// none of them apart: "who sang 'boots on the ground'" is
		// about a song
		for i := range c.cands {
			c.cands[i].quotes = false
		}
	}
	if c.q.nameError {
		// "did Townhall get her name wrong" is answered by the passage
		// that misspells a name, whatever else it shares with the
		// question
		for i := range c.cands {
			c.cands[i].misnames = c.misnames(c.cands[i].ref)
		}
	}
	var best float64
	var bestTopic int
	var facts bool
	answered, quoted := false, false
	var bestAsked float64
	for _, cd := range c.cands {
		best = max(best, cd.cov)
		quoted = quoted || cd.quotes || cd.misnames
		topic := c.q.topical(cd.found)
		cov := c.q.askedCoverage(cd.found)
		bestAsked = max(bestAsked, cov)
		switch {
		case cov >= minCoverage:
			bestTopic = max(bestTopic, topic)
			answered = true
		case cov >= lowCoverage && topic >= max(2, c.q.unknown+c.q.longUnknown+1):
			// a passage that holds two or more of the question's topic
			// words, more than the question has words the corpus does not
			// know, answers it in other words for the rest (a long
			// question in chat): it needs less of the question's weight
			bestTopic = max(bestTopic, topic)
			answered = true
		}
	}
	// It must also hold at least as many of the question's topical words
	// as the question has words the corpus does not know: a question about
	// something else can share two rare words with a passage ("peso to
	// dollar exchange rate today") or everyday ones ("what time is it in
	// tijuana"), while one in slang or paraphrase still holds as many of
	// the corpus's words on its subject as words it does not.
	need := c.q.unknown
	if c.q.longUnknown > 0 {
		// a long word the corpus does not hold even misspelled is most
		// often the subject ("weather", "population", "sailboat"): one
		// topic word in common is not enough
		need = max(need, 2)
	}
	if (!answered || bestTopic < need || c.q.onlyQuoted) && !quoted {
		// a passage that holds a phrase the question quotes word for word
		// answers it, whatever the words around the quote ("the LA Times
		// uses 'gringo-bashing'. Whose tendency is that describing?")
		return nil
	}
	bar := max(floorCoverage, relCoverage*best)
	var cands []candidate
	var top float64
	for _, cd := range c.cands {
		if cd.cov >= bar || cd.quotes || cd.misnames {
			cands = append(cands, cd)
			top = max(top, cd.score)
			// the facts of a passage count as those of the question
			// itself (see askedCoverage): "how long are the green berets
			// gonna be around? i'm there in april" is answered by
			// "until the end of March", which holds no April
			facts = facts || cd.facts && c.q.askedCoverage(cd.found) >= factShare*bestAsked
		}
	}
	// A question that asks for a number, an amount, a date or a duration
	// is not answered when no passage shown holds one that can answer it
	// ("how many calories in a coca cola" and a passage about a boycott of
	// Coca Cola; "how many Green Berets" and "the 7th Special Forces
	// Group"). "When" may be answered by "last month" (see answering).
	if c.q.asked&^(hasName|hasQuote|hasPlace) != 0 && !facts {
		return nil
	}
	for i := range cands {
		cd := &cands[i]
		cd.rank = cd.cov + cd.kind
		if top > 0 {
			cd.rank += bm25Weight * cd.score / top
		}
		if cd.quotes {
			cd.rank += quoteWeight
		}
		if cd.misnames {
			cd.rank += namedWeight
		}
	}
	slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.rank, a.rank) })
	if c.q.counting() && !slices.ContainsFunc(cands[:min(len(cands), closeReads)], func(cd candidate) bool {
		return cd.cov >= minCoverage && countsIn(c.g.corpus.Articles[cd.ref.article].Passages[cd.ref.passage].Text, c.analyzed(cd.ref), c.q, c.m)
	}) {
		// "how many people died in the boat strikes" is not answered by
		// "five cartel operatives dismissed the strikes": the number
		// must count what the question counts, in a passage that answers
		// it alone ("fentanyl has killed hundreds of thousands" answers
		// no question about the boat strikes)
		return nil
	}
	if c.q.counting() {
		// of the passages that hold a number, the one whose number counts
		// what the question counts answers it: "six Mexican cartels",
		// not "two invasions", for "how many cartels"
		c.closeBoost(cands, countWeight, func(text string, ref docRef) bool { return countsIn(text, c.analyzed(ref), c.q, c.m) })
	}
	if c.q.succession != "" && !c.required(cands, func(text string) bool { return succeeds(text, c.q.succession) }) {
		// "who was president before Sheinbaum" is not answered by a
		// passage about President Sheinbaum: one of the best must say
		// who held the post before or after someone
		return nil
	}
	if c.q.leader && !c.required(cands, givesLeader) {
		// "who runs the sinaloa cartel" is not answered by a passage on
		// the Sinaloa Cartel that names only the presidents fighting it
		return nil
	}
	if c.q.background && !c.required(cands, givesBackground) {
		// "what job did sheinbaum have before she became president" is
		// not answered by news of what she does as president
		return nil
	}
	if c.q.born && !c.required(cands, givesBirth) {
		// "when was Sheinbaum born" is not answered by a passage that
		// names her and a year
		return nil
	}
	if c.q.age {
		// "how old do you have to be to join the national guard" is not
		// answered by a passage on the National Guard that gives no age;
		// "how old was the cartel guy they interviewed" is, by the
		// paragraph after the interviews
		cands = c.followUp(cands, givesAge)
		if !c.required(cands, givesAge) {
			return nil
		}
	}
	if c.q.asked != 0 {
		// the best few are read again: the kind of answer asked for counts
		// only in the sentences that hold the question
		for i := range cands[:min(len(cands), closeReads)] {
			cd := &cands[i]
			kinds := answerKinds(c.g, c.g.corpus.Articles[cd.ref.article].Passages[cd.ref.passage], c.analyzed(cd.ref), c.q, c.m)
			cd.extra = c.q.kindScore(kinds) - cd.kind
			cd.rank += cd.extra
		}
		slices.SortStableFunc(cands, func(a, b candidate) int { return cmp.Compare(b.rank, a.rank) })
	}
	if c.q.named > 0 {
		// "which unit" is answered by a name that ends in the word or
		// one of its synonyms: "the 7th Special Forces Group"
		c.closeBoost(cands, namedWeight, func(text string, ref docRef) bool {
			return namesA(text, c.analyzed(ref), c.q.named-1, c.m)
		})
	}
	if c.q.role > 0 && c.q.asked&hasName != 0 && c.q.succession == "" {
		// "who is the Mexican president" is answered by the passage that
		// names the post and then its holder
		c.closeBoost(cands, namedWeight, func(text string, ref docRef) bool {
			return c.namesHolder(text, c.analyzed(ref), sentences(c.g.corpus.Articles[ref.article].Passages[ref.passage]))
		})
	}
	if c.q.why {
		// a question that asks why is answered by the passage that gives
		// a reason, often the one after the passage that states the fact
		cands = c.followUp(cands, givesReason)
		c.closeBoost(cands, reasonWeight, func(text string, _ docRef) bool { return givesReason(text) })
	}
	if c.q.reply {
		// "what did Sheinbaum tell Trump when he offered troops" is
		// answered by the passage that says how she answered, not by
		// the one that tells of the offer
		c.closeBoost(cands, replyWeight, func(text string, _ docRef) bool { return givesReply(text) })
	}
	if c.q.expansion {
		// "what does UANI stand for" is answered by the passage that
		// spells the name out, not by one that writes the acronym
		c.closeBoost(cands, namedWeight, func(_ string, ref docRef) bool { return spellsOut(c.analyzed(ref), c.m) })
	}
	if s := c.q.subject - 1; c.q.identity && c.q.role == 0 && s >= 0 {
		// "who is Claver-Carone", not "who is Mexico's president"
		// (see holdsRole), is answered where an article first
		// names him: news gives someone's full name and post there
		// ("the department's special envoy, Mauricio Claver-Carone"),
		// and only "Mr. Claver-Carone" after
		c.closeBoost(cands, namedWeight, func(_ string, ref docRef) bool { return c.introduces(ref, s) })
	}
	if c.q.source {
		// "which network said…" is answered by the passage that says who
		// reported it, not by one that holds the word "network"
		c.closeBoost(cands, namedWeight, func(text string, _ docRef) bool { return citesSource(text) })
	}
	c.ranked = cands
	perArt := map[int]int{}
	var out []corpus.Result
	c.refs = c.refs[:0]
	for _, cd := range cands {
		if len(out) >= want {
			break
		}
		if perArticle > 0 && perArt[cd.ref.article] >= perArticle {
			continue
		}
		perArt[cd.ref.article]++
		a := c.g.corpus.Articles[cd.ref.article]
		out = append(out, corpus.Result{Article: a, Passage: a.Passages[cd.ref.passage], Score: cd.score})
		c.refs = append(c.refs, cd.ref)
	}
	return out
}

// matcher finds which question term, if any, a passage term stands for.
type matcher struct {
	q      question
	exact  map[string]int // term or synonym -> index in q.terms
	kin    map[string]int // another form of a term (see term.kin) -> index in q.terms
	byID   map[uint32]int // exact and kin by term id; a kin term's index is stored as ^index
	sorted []uint32       // the keys of byID, sorted
	names  []string       // term ids -> terms
	fuzzy  bool           // some question term may match with typos
	typos  map[uint32]int // term id -> the question term it matches with typos, or -1
}

func (q question) matcher(t *terms) *matcher {
	m := &matcher{q: q, exact: make(map[string]int, len(q.terms)*2), kin: map[string]int{}, byID: map[uint32]int{}, names: t.names}
	for i, qt := range q.terms {
		for _, a := range qt.alts {
			if _, ok := m.exact[a]; !ok {
				m.exact[a] = i
			}
		}
		for _, k := range qt.kin {
			if _, ok := m.kin[k]; !ok {
				m.kin[k] = i
			}
		}
		m.fuzzy = m.fuzzy || qt.fuzzy > 0
	}
	for i, qt := range q.terms {
		m.exact[qt.text] = i // the word itself wins over a synonym
	}
	for w, i := range m.kin {
		if _, ok := m.exact[w]; ok {
			delete(m.kin, w) // a question word or synonym is matched whole
		} else if id, ok := t.ids[w]; ok {
			m.byID[id] = ^i
			m.sorted = append(m.sorted, id)
		}
	}
	for w, i := range m.exact {
		if id, ok := t.ids[w]; ok {
			m.byID[id] = i
			m.sorted = append(m.sorted, id)
		}
	}
	slices.Sort(m.sorted)
	return m
}

// matchIDs calls found with the index of the question term each of ids
// matches, and how much the match counts (1, or inFamily for another form
// of the word), for the sorted term ids of a passage. Without typos to look
// for it walks ids beside the question's own sorted ids, with no lookups.
func (m *matcher) matchIDs(ids []uint32, found func(i int, f float64)) {
	if m.fuzzy {
		for _, id := range ids {
			if i, f, ok := m.matchID(id); ok {
				found(i, f)
			}
		}
		return
	}
	j := 0
	for _, id := range ids {
		for j < len(m.sorted) && m.sorted[j] < id {
			j++
		}
		if j == len(m.sorted) {
			return
		}
		if m.sorted[j] == id {
			found(strength(m.byID[id]))
		}
	}
}

// strength reads an index stored in byID: the question term's index, and
// how much the match counts (see matchIDs).
func strength(i int) (int, float64) {
	if i < 0 {
		return ^i, inFamily
	}
	return i, 1
}

// match returns the index of the question term that passage term w matches:
// the same term, a synonym, another form of the word, or, for a question
// word the corpus does not know, the same word with a typo or two.
func (m *matcher) match(w string) (int, bool) {
	i, _, ok := m.matchWeight(w)
	return i, ok
}

// matches reports whether passage term w matches question term i. A
// synonym two question terms share is matched to the first by match, and
// is the other's too ("group" of "which squad… what unit").
func (m *matcher) matches(w string, i int) bool {
	if j, ok := m.match(w); ok && j == i {
		return true
	}
	t := m.q.terms[i]
	return w == t.text || slices.Contains(t.alts, w) || slices.Contains(t.kin, w)
}

// matchWeight is match, with how much the match counts (see matchIDs).
func (m *matcher) matchWeight(w string) (int, float64, bool) {
	if i, ok := m.exact[w]; ok {
		return i, 1, true
	}
	if i, ok := m.kin[w]; ok {
		return i, inFamily, true
	}
	if !m.fuzzy {
		return 0, 0, false
	}
	for i, t := range m.q.terms {
		if t.fuzzy > 0 && w != "" && t.text != "" && w[0] == t.text[0] && withinEdits(w, t.text, t.fuzzy) {
			return i, 1, true
		}
	}
	return 0, 0, false
}

// matchID is matchWeight for a term of the corpus, by id.
func (m *matcher) matchID(id uint32) (int, float64, bool) {
	if i, ok := m.byID[id]; ok {
		i, f := strength(i)
		return i, f, true
	}
	if !m.fuzzy || int(id) >= len(m.names) {
		return 0, 0, false
	}
	// a word with typos is compared with each passage term once per search
	if i, ok := m.typos[id]; ok {
		return i, 1, i >= 0
	}
	i, ok := m.match(m.names[id])
	if !ok {
		i = -1
	}
	if m.typos == nil {
		m.typos = map[uint32]int{}
	}
	m.typos[id] = i
	return i, 1, ok
}

// How much a question word counts toward coverage where it is found: in
// the passage itself, or only in its article's headline.
const (
	inBody    = 1.0
	inTitle   = 0.7
	inContext = 0.6

	// inFamily is how much another form of a question word counts
	// ("tension" for "tense"), beside the word itself: it may be used in
	// another sense.
	inFamily = 0.8
)

// found returns, for each question term, how much it counts where it is
// found for a passage: in its terms body, its article's headline terms
// title or its outlet's name outlet (inTitle), and ctx, the terms of the
// sentence before it (ctxWeight: inContext, or inBody for a quote that
// continues it, see continuesQuote); or 0.
func (q question) found(m *matcher, body []uint32, title, outlet map[string]bool, ctx []uint32, ctxWeight float64) []float64 {
	found := make([]float64, len(q.terms))
	set := func(i int, ok bool, f float64) {
		if ok && found[i] < f {
			found[i] = f
		}
	}
	m.matchIDs(body, func(i int, f float64) { set(i, true, f*inBody) })
	for _, words := range [...]map[string]bool{title, outlet} {
		for w := range words {
			i, f, ok := m.matchWeight(w)
			set(i, ok, f*inTitle)
		}
	}
	m.matchIDs(ctx, func(i int, f float64) { set(i, true, f*ctxWeight) })
	return found
}

// covered is coverage for what found returned.
func (q question) covered(found []float64) (cov, words float64) {
	if q.total == 0 {
		return 0, 0
	}
	var got float64
	var n int
	for i, f := range found {
		got += f * q.terms[i].weight
		if f > 0 {
			n++
		}
	}
	return got / q.total, float64(n)
}

// uniqueQuote reports whether exactly one of cands holds a phrase the
// question quotes.
func uniqueQuote(cands []candidate) bool {
	n := 0
	for _, cd := range cands {
		if cd.quotes {
			n++
		}
	}
	return n == 1
}

// askedCoverage is the coverage that decides whether a passage answers
// at all: the share of the question's weight it holds, leaving out the
// words of the scene or remark around the question that it lacks. "I work
// in logistics and move freight through Laredo, so I'm curious: how much
// trade goes between the US and Mexico every year?" is answered by the
// passage on $950 billion a year, which says nothing of freight. Ranking
// keeps the whole question's coverage: of two passages that answer, the
// one that also holds the scene's words is the likelier.
func (q question) askedCoverage(found []float64) float64 {
	if q.total == 0 {
		return 0
	}
	var got float64
	total := q.total
	for i, f := range found {
		if f == 0 && q.terms[i].aside {
			total -= q.terms[i].weight
		}
		got += f * q.terms[i].weight
	}
	if total <= 0 {
		return 0
	}
	return got / total
}

// topical counts the question's topic words a passage holds (see found):
// words that are neither everyday English ("time", "city", "make") nor
// held by most passages of the corpus ("mexico" in news about Mexico).
func (q question) topical(found []float64) int {
	n := 0
	for i, f := range found {
		if f > 0 && q.terms[i].topic {
			n++
		}
	}
	return n
}

// withoutTypos returns q where each word looked for with typos that none of
// the passages found holds, even misspelled, is an unknown word (see
// capUnknown): a long word of chat or opinion ("nervous", "curious") the
// articles never use weighs like a typical word of the question, not like
// the rarest of all.
func (q question) withoutTypos(cands []candidate) question {
	var missing []int
	for i, t := range q.terms {
		if t.known || t.fuzzy == 0 {
			continue
		}
		held := false
		for _, cd := range cands {
			if cd.found[i] > 0 {
				held = true
				break
			}
		}
		if !held {
			missing = append(missing, i)
		}
	}
	if len(missing) == 0 {
		return q
	}
	q.terms = slices.Clone(q.terms)
	for _, i := range missing {
		t := &q.terms[i]
		q.total -= t.weight
		t.weight = min(t.weight, q.capw)
		q.total += t.weight
		t.fuzzy = 0
		if !t.wrong {
			q.unknown++
			q.longUnknown++
		}
	}
	return q
}

// asciiLetters reports whether w is made of the letters a to z only.
func asciiLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// withinEdits reports whether a and b are at most k edits apart, counted
// as typoCandidates counts them: a swap of two neighbouring letters
// ("mexcio") is one edit, as it is one slip of the fingers.
func withinEdits(a, b string, k int) bool {
	_, ok := editsWithin([]rune(a), []rune(b), k)
	return ok
}
