package search

import (
	"bytes"
	"maps"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/english"
)

// analyzerName is the name the news analyzer is registered under in bleve's
// registry, so that index mappings can refer to it.
const analyzerName = "coveragebot_news"

// countryTerm is the single term every name of the United States becomes:
// "U.S.", "US", "USA", "United States", "America", "American(s)".
// It is chosen so that the stemmer leaves it alone.
const countryTerm = "usa"

// bleve builds analyzers by name from a process-wide registry of
// constructors; registering ours once at init is the only way to use a custom
// analyzer in a mapping. The constructor is pure: it holds no state.
func init() {
	err := registry.RegisterAnalyzer(analyzerName,
		func(map[string]interface{}, *registry.Cache) (analysis.Analyzer, error) {
			return newAnalyzer(), nil
		})
	if err != nil {
		panic(err)
	}
}

// newAnalyzer returns the English analysis chain for news text and news
// questions. Index and queries use the same chain, so whatever it does to one
// it does to the other.
//
//   - newsTokenizer splits words much as Unicode word boundaries do and
//     turns a "%" that follows a number into the word "percent";
//   - newsFilter, which still sees the original case: folds curly
//     apostrophes, drops thousands separators ("10,000" is "10000"), and
//     turns the names of the United States into one term while "us" in
//     lower case stays a pronoun;
//   - English possessives, lower case, accent folding (a token filter, not a
//     character filter, so byte offsets still point into the original text),
//     English stop words, irregular verb forms to their base form, Snowball
//     (Porter2) stemming.
func newAnalyzer() analysis.Analyzer {
	stops := maps.Clone(englishStops)
	// "may" the verb says nothing a passage is about, and would pass for the
	// month (see isMonthMay)
	stops.AddToken("may")
	// nor do the indefinite pronouns and "instead", which the English list
	// lacks: "what is trump doing instead" asks what Trump is doing
	for _, w := range []string{"nothing", "anything", "something", "instead"} {
		stops.AddToken(w)
	}
	return &analysis.DefaultAnalyzer{
		Tokenizer: newsTokenizer{},
		TokenFilters: []analysis.TokenFilter{
			newsFilter{},
			en.NewPossessiveFilter(),
			lowercase.NewLowerCaseFilter(),
			foldFilter{},
			stopFilter{stops},
			&stemFilter{},
		},
	}
}

// newsTokenizer splits text into words: runs of letters and digits, kept
// whole across an apostrophe between letters ("don't", "Mexico’s"), a dot
// between letters or between digits ("U.S.A", "1.5") and a comma between
// digits ("10,000"); hyphens and other punctuation separate words, and each
// ideograph is a word of its own. It mirrors what bleve's Unicode (UAX #29)
// tokenizer does with news text at a fraction of the cost, which matters
// because every returned passage is analyzed again to quote it.
//
// Two additions serve news questions: a "%" right after a number becomes a
// "percent" token covering the "%" sign, so "25%" and "25 percent" analyze
// alike, and a "$", "€" or "£" right before one becomes "dollar", "euro"
// or "pound", so "$60 billion" is found as dollars and money; and an abbreviation such as "U.S." keeps its final dot in its byte
// span (not in its term), so a highlight covers the whole abbreviation.
type newsTokenizer struct{}

func (newsTokenizer) Tokenize(input []byte) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input)/6+1)
	toks := make([]analysis.Token, 0, len(input)/6+1) // one allocation for all tokens
	add := func(t analysis.Token) {
		if len(toks) == cap(toks) {
			toks = make([]analysis.Token, 0, cap(toks))
		}
		toks = append(toks, t)
		tok := &toks[len(toks)-1]
		tok.Position = len(out) + 1
		out = append(out, tok)
	}
	for i := 0; i < len(input); {
		r, n := rune(input[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(input[i:])
		}
		if isIdeograph(r) {
			add(analysis.Token{Start: i, End: i + n, Term: input[i : i+n], Type: analysis.Ideographic})
			i += n
			continue
		}
		if !isWordRune(r) {
			if cur := currencyWord(r); cur != "" && i+n < len(input) && isDigit(input[i+n]) {
				add(analysis.Token{Start: i, End: i + n, Term: []byte(cur), Type: analysis.AlphaNumeric})
			}
			i += n
			continue
		}
		start, end := i, i+n
		letters, digits := unicode.IsLetter(r), unicode.IsDigit(r)
		prev := r
		for end < len(input) {
			c, m := rune(input[end]), 1
			if c >= utf8.RuneSelf {
				c, m = utf8.DecodeRune(input[end:])
			}
			if isWordRune(c) && !isIdeograph(c) {
				letters = letters || unicode.IsLetter(c)
				digits = digits || unicode.IsDigit(c)
				prev = c
				end += m
				continue
			}
			// a joiner stays inside the word when word characters follow
			next, k := utf8.DecodeRune(input[min(end+m, len(input)):])
			if k == 0 || !isWordRune(next) || isIdeograph(next) {
				break
			}
			joined := false
			switch c {
			case '\'', '’', '＇':
				joined = unicode.IsLetter(prev) && unicode.IsLetter(next)
			case '.':
				joined = unicode.IsLetter(prev) && unicode.IsLetter(next) ||
					unicode.IsDigit(prev) && unicode.IsDigit(next)
			case ',':
				joined = unicode.IsDigit(prev) && unicode.IsDigit(next)
			}
			if !joined {
				break
			}
			end += m
		}
		typ := analysis.AlphaNumeric
		if digits && !letters {
			typ = analysis.Numeric
		}
		tok := analysis.Token{Start: start, End: end, Term: input[start:end], Type: typ}
		if end < len(input) && input[end] == '.' && isAbbreviation(tok.Term) {
			tok.End++
		}
		add(tok)
		if typ == analysis.Numeric && end < len(input) && input[end] == '%' {
			add(analysis.Token{Start: end, End: end + 1, Term: []byte("percent"), Type: analysis.AlphaNumeric})
		}
		i = end
	}
	return out
}

// currencyWord returns the word for a currency sign, or "".
func currencyWord(r rune) string {
	switch r {
	case '$':
		return "dollar"
	case '€':
		return "euro"
	case '£':
		return "pound"
	}
	return ""
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isIdeograph(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// isAbbreviation reports whether t is single letters joined by dots, such
// as "U.S" (the tokenizer leaves the last dot out).
func isAbbreviation(t []byte) bool {
	if len(t) < 3 || len(t)%2 == 0 {
		return false
	}
	for i, c := range t {
		letter := c < utf8.RuneSelf && unicode.IsLetter(rune(c))
		if i%2 == 0 && !letter || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// stemFilter applies the Snowball English (Porter2) stemmer, after turning
// irregular verb forms into their base form (see irregular), remembering
// the stems of words it has seen: stemming is the costliest step of analysis
// and news text repeats its words. It remembers at most maxStems words, so
// a stream of odd questions cannot grow it without bound. It is safe for
// concurrent use.
type stemFilter struct {
	mu    sync.RWMutex
	stems map[string]string // word -> stem
}

const maxStems = 200_000

func (f *stemFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		f.mu.RLock()
		stem, ok := f.stems[string(tok.Term)]
		f.mu.RUnlock()
		if ok {
			tok.Term = []byte(stem)
			continue
		}
		word := string(tok.Term)
		base := word
		if b, ok := irregular[word]; ok {
			base = b
		}
		env := snowballstem.NewEnv(base)
		english.Stem(env)
		stem = undouble(env.Current())
		f.mu.Lock()
		if f.stems == nil {
			f.stems = map[string]string{}
		}
		if len(f.stems) < maxStems {
			f.stems[word] = stem
		}
		f.mu.Unlock()
		tok.Term = []byte(stem)
	}
	return in
}

// undouble drops the last letter of a stem that ends in a doubled
// consonant, as the stemmer does itself after taking off "-ing" or "-ed"
// ("boycotting" becomes "boycot") but not for the word alone ("boycott"
// stays): with it both are "boycot". The letters are those the stemmer
// undoubles.
func undouble(stem string) string {
	n := len(stem)
	if n < 3 || stem[n-1] != stem[n-2] {
		return stem
	}
	switch stem[n-1] {
	case 'b', 'd', 'f', 'g', 'm', 'n', 'p', 'r', 't':
		return stem[:n-1]
	}
	return stem
}

// newsFilter normalizes what the stock English analyzer gets wrong in news
// text. It runs first, while case still tells "US" from "us".
type newsFilter struct{}

func (newsFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for i := 0; i < len(in); i++ {
		tok := in[i]
		tok.Term = foldApostrophes(tok.Term)
		if tok.Type == analysis.Numeric {
			tok.Term = dropDigitCommas(tok.Term)
		}
		if n, used := spelledNumber(in, i); used > 0 {
			tok.End = in[i+used-1].End
			tok.Term = strconv.AppendInt(nil, n, 10)
			tok.Type = analysis.Numeric
			out = append(out, tok)
			i += used - 1
			continue
		}
		switch {
		case isUnited(tok.Term) && i+1 < len(in) && isStates(in[i+1].Term):
			tok.End = in[i+1].End
			tok.Term = []byte(countryTerm)
			i++
		case bytes.EqualFold(tok.Term, []byte("latin")) && i+1 < len(in) && latinAmerica(in[i+1].Term):
			// "Latin America" is one region, named as often by
			// "Latin" alone ("small Latin powers"): one term, not two
			// words that each count
			tok.End = in[i+1].End
			i++
		case isCountry(tok.Term, prevTerm(in, i), nextTerm(in, i)):
			tok.Term = []byte(countryTerm)
		case isMonthMay(in, i):
			tok.KeyWord = true // not the stop word "may" (see stopFilter)
		}
		out = append(out, tok)
	}
	for i, tok := range out {
		tok.Position = i + 1
	}
	return withIdioms(withAcronyms(out))
}

// withAcronyms adds, after each name of three to six capitalized words
// ("Wall Street Journal", "Department of Homeland Security"), a token of
// its initials ("WSJ", "DHS") at the position of its last word and
// spanning the whole name, so that a question that writes the acronym finds
// the passage that spells the name out, and the other way round. Words in
// capitals ("CIA") are acronyms already and end a name; "of", "for", "and"
// and "on" may join its words; a leading "The" or "A" is not part of it.
func withAcronyms(in analysis.TokenStream) analysis.TokenStream {
	var names []spanToken
	cur := spanToken{first: -1}
	end := func() {
		if n := len(cur.term); n >= minAcronym && n <= maxAcronym {
			names = append(names, cur)
		}
		cur = spanToken{first: -1}
	}
	for i, tok := range in {
		joined := i > 0 && tok.Start-in[i-1].End == 1
		switch {
		case cur.first >= 0 && joined && capitalized(tok.Term):
			cur.last = i
			cur.term = append(cur.term, tok.Term[0])
		case cur.first >= 0 && joined && nameJoiner(tok.Term) && i+1 < len(in) &&
			in[i+1].Start-tok.End == 1 && capitalized(in[i+1].Term):
			// "of" in "Department of Homeland Security"
		default:
			if cur.first >= 0 {
				end()
			}
			if capitalized(tok.Term) && !leadingArticle(tok.Term) {
				cur = spanToken{first: i, last: i, term: []byte{tok.Term[0]}}
			}
		}
	}
	if cur.first >= 0 {
		end()
	}
	return withSpans(in, names)
}

// spanToken is a token a filter adds for the words in[first..last] (the
// initials "WSJ" for "Wall Street Journal"): it spans them and takes the
// position of the last one.
type spanToken struct {
	first, last int // token indexes
	term        []byte
}

// withSpans returns in with each token of adds, which are in order, put
// after the last word it stands for.
func withSpans(in analysis.TokenStream, adds []spanToken) analysis.TokenStream {
	if len(adds) == 0 {
		return in
	}
	out := make(analysis.TokenStream, 0, len(in)+len(adds))
	for i, tok := range in {
		out = append(out, tok)
		for len(adds) > 0 && adds[0].last == i {
			a := adds[0]
			adds = adds[1:]
			out = append(out, &analysis.Token{Start: in[a.first].Start, End: tok.End,
				Term: a.term, Position: tok.Position, Type: analysis.AlphaNumeric})
		}
	}
	return out
}

// An acronym stands for minAcronym to maxAcronym capitalized words.
const (
	minAcronym = 3
	maxAcronym = 6
)

// capitalized reports whether a word starts with a capital letter and is
// not written all in capitals (an acronym already, such as "CIA").
func capitalized(t []byte) bool {
	if len(t) == 0 || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	for _, c := range t[1:] {
		if c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// nameJoiner reports whether a lower-case word may join the words of a
// name, as "of" in "Department of Homeland Security".
func nameJoiner(t []byte) bool {
	switch string(t) {
	case "of", "for", "and", "on":
		return true
	}
	return false
}

func leadingArticle(t []byte) bool {
	switch string(t) {
	case "The", "A", "An":
		return true
	}
	return false
}

func prevTerm(in analysis.TokenStream, i int) []byte {
	if i == 0 {
		return nil
	}
	return in[i-1].Term
}

func nextTerm(in analysis.TokenStream, i int) []byte {
	if i+1 >= len(in) {
		return nil
	}
	return in[i+1].Term
}

// isMonthMay reports whether in[i] is "May" the month rather than the
// verb: capitalized inside the text ("In May, Mr. Trump…"), or in lower
// case after a word that leads to a month ("in may", "since may", "last
// may") or before a number ("may 5", "may 2025").
func isMonthMay(in analysis.TokenStream, i int) bool {
	t := string(in[i].Term)
	if t == "May" {
		return i > 0
	}
	if t != "may" {
		return false
	}
	if i+1 < len(in) && in[i+1].Type == analysis.Numeric {
		return true
	}
	switch string(prevTerm(in, i)) {
	case "in", "In", "since", "Since", "until", "till", "early", "late", "mid", "during", "last", "of":
		return true
	}
	return false
}

// stopFilter drops stop words, except the tokens an earlier filter marked
// as keywords: there the word stands for something else ("May" the month).
type stopFilter struct{ stops analysis.TokenMap }

func (f stopFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	out := in[:0]
	for _, tok := range in {
		if _, stop := f.stops[string(tok.Term)]; !stop || tok.KeyWord {
			out = append(out, tok)
		}
	}
	return out
}

// isCountry reports whether a single token names the United States. Only the
// upper-case "US" is the country, and so is "us" after an article ("the
// us") or before a noun that "U.S." often qualifies ("us troops");
// elsewhere "us" is a pronoun, and so is "US" after an upper-case verb or
// preposition ("LET US KNOW"). "America" after "Latin", "South", "North"
// or "Central" is a region, not the country.
func isCountry(term, prev, next []byte) bool {
	t := string(stripPossessive(term))
	switch t {
	case "US":
		return !pronounBefore(string(prev))
	case "us", "Us":
		// questions are often typed in lower case: "the us", "a us visa"
		// is the country; the pronoun never follows an article, and is
		// seldom followed by a noun unless a verb gives it something
		// ("give us troops")
		return articleWord(string(prev)) || countryNoun(string(next)) && !givingVerb(string(prev))
	case "U.S", "U.S.A", "USA", "Yank", "Yanks":
		return true
	}
	switch strings.ToLower(t) {
	case "u.s", "u.s.a", "usa":
		return true
	case "america", "american", "americans":
		return !regionBefore(strings.ToLower(string(prev)))
	case "yankee", "yankees":
		// slang for Americans; "yank" is the noun only capitalized
		// ("yank the funding")
		return true
	}
	return false
}

// pronounBefore reports whether "US" after this upper-case word is the
// pronoun, as in shouted text ("LET US KNOW").
func pronounBefore(w string) bool {
	switch w {
	case "LET", "TELL", "HELP", "GIVE", "SHOW", "JOIN", "TO", "FOR", "WITH", "OF",
		"FROM", "BY", "ABOUT", "AMONG", "BETWEEN":
		return true
	}
	return false
}

// countryNoun reports whether w is a noun that "us" before it, in lower
// case, qualifies as the country: "us troops", "us military action".
func countryNoun(w string) bool {
	switch strings.ToLower(w) {
	case "military", "troops", "troop", "forces", "force", "soldiers", "soldier", "army",
		"navy", "marines", "strikes", "strike", "attacks", "attack", "intervention",
		"involvement", "presence", "boots", "agents", "agencies", "officials", "government",
		"administration", "president", "ambassador", "embassy", "visa", "border", "tariffs",
		"drones", "drone", "operations", "personnel", "intelligence", "citizens", "economy",
		"special", "side", "bounty", "pressure", "demands", "consumers", "products", "goods":
		return true
	}
	return false
}

// givingVerb reports whether "us" after w may be the pronoun before a
// noun: "give us troops", "send us money".
func givingVerb(w string) bool {
	switch strings.ToLower(w) {
	case "give", "gives", "gave", "send", "sends", "sent", "offer", "offers", "offered",
		"show", "shows", "showed", "tell", "tells", "told", "bring", "brings", "brought",
		"lend", "lent", "get", "gets", "got", "let", "lets", "make", "makes", "made":
		return true
	}
	return false
}

// articleWord reports whether w is an English article.
func articleWord(w string) bool {
	switch strings.ToLower(w) {
	case "the", "a", "an":
		return true
	}
	return false
}

// latinAmerica reports whether t, after "Latin", names the region with
// it: "America", "American", "Americans".
func latinAmerica(t []byte) bool {
	switch strings.ToLower(string(stripPossessive(t))) {
	case "america", "american", "americans":
		return true
	}
	return false
}

// regionBefore reports whether "America" after this word is a region.
func regionBefore(w string) bool {
	switch w {
	case "latin", "south", "north", "central":
		return true
	}
	return false
}

func isUnited(t []byte) bool { return bytes.EqualFold(t, []byte("united")) }

func isStates(t []byte) bool {
	t = stripPossessive(t)
	return bytes.EqualFold(t, []byte("states")) || bytes.EqualFold(t, []byte("state"))
}

// stripPossessive removes a trailing "'s" (already folded to ASCII).
func stripPossessive(t []byte) []byte {
	if n := len(t); n > 2 && (t[n-1] == 's' || t[n-1] == 'S') && t[n-2] == '\'' {
		return t[:n-2]
	}
	return t
}

// foldApostrophes turns curly and full-width apostrophes into ASCII ones, so
// "don’t" and "don't" are one word.
func foldApostrophes(t []byte) []byte {
	if !bytes.ContainsAny(t, "’‘＇`´") {
		return t
	}
	s := strings.NewReplacer("’", "'", "‘", "'", "＇", "'", "`", "'", "´", "'").Replace(string(t))
	return []byte(s)
}

// spelledNumber reads a number written in words from in[i]: "six",
// "twenty-five", "ten thousand", "5 thousand". It returns the number and
// how many tokens it takes, or 0 tokens when in[i] starts none. "One" is
// left alone ("no one", "one has to"), as are "hundreds of thousands"
// and the scale words the articles write after digits ("$60 billion").
// Articles and questions write small numbers either way: "six Mexican
// cartels" and "like 6 cartels", "10,000 troops" and "ten thousand".
func spelledNumber(in analysis.TokenStream, i int) (int64, int) {
	n, used := numberWordValue(in[i].Term), 1
	if n == 0 {
		if in[i].Type != analysis.Numeric || i+1 >= len(in) || !isScale(in[i+1].Term) {
			return 0, 0
		}
		d, err := strconv.ParseInt(string(in[i].Term), 10, 64)
		if err != nil || d <= 0 || d >= 1000 {
			return 0, 0
		}
		n = d // "5 thousand"
	} else if n >= 20 && n%10 == 0 && i+1 < len(in) && in[i+1].Start-in[i].End <= 1 {
		if u := numberWordValue(in[i+1].Term); u > 0 && u < 10 {
			n += u // "twenty-five", "twenty five"
			used++
		}
	}
	if i+used < len(in) && isScale(in[i+used].Term) {
		if bytes.EqualFold(in[i+used].Term, []byte("hundred")) {
			n *= 100
		} else {
			n *= 1000
		}
		used++
	}
	return n, used
}

// numberWordValue returns the number a word spells, two to nineteen or a
// multiple of ten up to ninety, or 0.
func numberWordValue(t []byte) int64 {
	if len(t) < 3 || len(t) > 9 {
		return 0
	}
	var buf [9]byte
	return numberWords[string(lowerASCII(buf[:len(t)], t))] // the conversion does not allocate
}

// lowerASCII writes t into dst, as long as t, with its ASCII capitals in
// lower case, and returns dst: a token's term compared in lower case
// without an allocation.
func lowerASCII(dst, t []byte) []byte {
	for i, c := range t {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst[i] = c
	}
	return dst
}

var numberWords = map[string]int64{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

// isScale reports whether t is "hundred" or "thousand", which multiply
// the number before them.
func isScale(t []byte) bool {
	return bytes.EqualFold(t, []byte("hundred")) || bytes.EqualFold(t, []byte("thousand"))
}

// dropDigitCommas turns "10,000" into "10000"; a comma not between digits is
// kept.
func dropDigitCommas(t []byte) []byte {
	if bytes.IndexByte(t, ',') < 0 {
		return t
	}
	out := make([]byte, 0, len(t))
	for i, c := range t {
		if c == ',' && i > 0 && i+1 < len(t) && isDigit(t[i-1]) && isDigit(t[i+1]) {
			continue
		}
		out = append(out, c)
	}
	return out
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// foldFilter removes accents from Latin letters ("Castañeda" is
// "castaneda", "Infantería" is "infanteria"). It changes terms only, never
// offsets, so highlights still fall on the original text.
type foldFilter struct{}

func (foldFilter) Filter(in analysis.TokenStream) analysis.TokenStream {
	for _, tok := range in {
		tok.Term = foldAccents(tok.Term)
	}
	return in
}

func foldAccents(t []byte) []byte {
	ascii := true
	for _, c := range t {
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return t
	}
	out := make([]byte, 0, len(t))
	for _, r := range string(t) {
		if f, ok := foldRune(r); ok {
			out = append(out, f...)
			continue
		}
		if unicode.Is(unicode.Mn, r) { // a combining mark left over from decomposed text
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return out
}

// foldRune maps a lower-case Latin letter with a diacritic to plain
// letters; ok is false for any other rune. The analyzer lower-cases before
// folding, so only lower case is listed.
func foldRune(r rune) (plain string, ok bool) {
	if r < utf8.RuneSelf {
		return "", false
	}
	for g := range strings.FieldsSeq(accentTable) {
		plain, accented, _ := strings.Cut(g, ":")
		if strings.ContainsRune(accented, r) {
			return plain, true
		}
	}
	return "", false
}

// accentTable lists, for each plain spelling, the letters that fold to it.
const accentTable = "a:àáâãäåāăą c:çćĉċč d:ďđð e:èéêëēĕėęě g:ĝğġģ h:ĥħ i:ìíîïĩīĭįı j:ĵ k:ķ " +
	"l:ĺļľŀł n:ñńņňŉ o:òóôõöōŏőø r:ŕŗř s:śŝşšș t:ţťŧț u:ùúûüũūŭůűų w:ŵ y:ýÿŷ z:źżž " +
	"ss:ß ae:æ oe:œ th:þ"
