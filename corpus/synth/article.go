package synth

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// person is someone an article quotes or names.
type person struct {
	first, last, role string
}

func (p person) full() string { return p.first + " " + p.last }

// generator holds what every article of one corpus shares: the vocabulary
// and the recurring figures.
type generator struct {
	seed  uint64
	v     *vocabulary
	cast  []person // recurring figures, most prominent first
	stops int      // words ranked below this are function words, kept out of headlines
}

// castSize is how many recurring figures a corpus has.
const castSize = 24

func newGenerator(seed int64) *generator {
	g := &generator{seed: uint64(seed), v: loadVocab(), stops: 60}
	r := rand.New(rand.NewPCG(g.seed, 1<<63))
	for range castSize {
		g.cast = append(g.cast, newPerson(r, true))
	}
	return g
}

// newPerson invents a person: a common first name and, often, a surname
// made of syllables so that it is rare.
func newPerson(r *rand.Rand, withRole bool) person {
	p := person{first: pick(r, firstNames)}
	if r.IntN(5) < 2 {
		p.last = pick(r, lastNames)
	} else {
		p.last = inventName(r)
	}
	if withRole && r.IntN(3) > 0 {
		p.role = pick(r, roles)
	}
	return p
}

func inventName(r *rand.Rand) string {
	n := 2 + r.IntN(2)
	var b strings.Builder
	for range n {
		b.WriteString(pick(r, syllables))
	}
	return capitalize(b.String())
}

func invPlace(r *rand.Rand) string {
	return pick(r, placePrefixes) + inventName(r) + pick(r, placeSuffixes)
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// article is the state of one article being written.
type article struct {
	g       *generator
	r       *rand.Rand
	zipf    *rand.Zipf
	people  []person
	named   []bool // whether people[i] was already named in full
	places  []string
	topics  []string
	leadPer int // index of the article's main figure in people
}

// article appends the file for article i to buf.
func (g *generator) article(buf []byte, i int) []byte {
	r := rand.New(rand.NewPCG(g.seed, uint64(i)))
	a := &article{
		g:    g,
		r:    r,
		zipf: rand.NewZipf(r, 1.07, 2.7, uint64(len(g.v.words)-1)),
	}
	// One or two recurring figures in most articles, the prominent ones
	// more often; then two to four people of the article's own.
	if r.IntN(4) > 0 {
		zc := rand.NewZipf(r, 1.3, 1, castSize-1)
		for range 1 + r.IntN(2) {
			a.people = append(a.people, g.cast[zc.Uint64()])
		}
	}
	for range 2 + r.IntN(3) {
		a.people = append(a.people, newPerson(r, r.IntN(2) == 0))
	}
	a.leadPer = r.IntN(len(a.people))
	a.named = make([]bool, len(a.people))
	for range 1 + r.IntN(3) {
		if r.IntN(3) == 0 {
			a.places = append(a.places, invPlace(r))
		} else {
			a.places = append(a.places, pick(r, places))
		}
	}
	for range 4 + r.IntN(8) {
		a.topics = append(a.topics, g.v.words[g.stops+r.IntN(len(g.v.words)-g.stops)])
	}

	// Front matter.
	buf = append(buf, "---\ntitle: \""...)
	buf = a.headline(buf)
	buf = append(buf, "\"\noutlet: \""...)
	buf = append(buf, outlet(int(rand.NewZipf(r, 1.2, 1, 59).Uint64()))...)
	day := r.IntN(7 * 365)
	y, m, d := dateOf(day)
	buf = append(buf, "\"\npublished: "...)
	buf = appendDate(buf, y, m, d)
	buf = append(buf, "\nurl: https://news.example/"...)
	buf = appendDate(buf, y, m, d)
	buf = append(buf, '/')
	buf = append(buf, fileName(i)[:len(fileName(i))-3]...)
	if r.IntN(10) < 7 {
		au := newPerson(r, false)
		buf = append(buf, "\nauthors: ["...)
		buf = append(buf, au.full()...)
		buf = append(buf, ']')
	}
	buf = append(buf, "\n---\n"...)

	// Body: 5–15 paragraphs of 2–6 sentences.
	paras := 5 + r.IntN(11)
	for p := range paras {
		if p > 0 {
			buf = append(buf, "\n\n"...)
		}
		sents := 2 + r.IntN(5)
		for s := range sents {
			if s > 0 {
				buf = append(buf, ' ')
			}
			buf = a.sentence(buf)
		}
	}
	return append(buf, '\n')
}

// headline appends a title-case headline led by the main figure or place.
func (a *article) headline(buf []byte) []byte {
	if a.r.IntN(3) > 0 {
		buf = append(buf, a.people[a.leadPer].last...)
	} else {
		buf = append(buf, a.places[0]...)
	}
	for range 4 + a.r.IntN(6) {
		buf = append(buf, ' ')
		var w string
		if a.r.IntN(3) == 0 {
			w = pick(a.r, a.topics)
		} else {
			w = a.g.v.words[a.zipf.Uint64()]
		}
		if a.g.v.rank[w] >= 12 {
			w = capitalize(w)
		}
		buf = append(buf, w...)
	}
	return buf
}

// sentence appends one sentence: plain, led by a place, attributed, or a
// quotation in curly quotes followed by who said it.
func (a *article) sentence(buf []byte) []byte {
	r := a.r
	n := 4 + r.IntN(12) + r.IntN(12)
	switch kind := r.IntN(20); {
	case kind < 4: // “…,” Ramírez said.
		buf = append(buf, "“"...)
		buf = a.words(buf, n, true)
		buf = append(buf, ",” "...)
		buf = a.mention(buf, a.speaker())
		return append(buf, " said."...)
	case kind < 6: // …, Ramírez said.
		buf = a.words(buf, n, true)
		buf = append(buf, ", "...)
		buf = a.mention(buf, a.speaker())
		return append(buf, " said."...)
	case kind == 6: // In Culiacán, …
		buf = append(buf, "In "...)
		buf = append(buf, pick(r, a.places)...)
		buf = append(buf, ", "...)
		buf = a.words(buf, n, false)
	default:
		buf = a.words(buf, n, true)
	}
	if r.IntN(20) == 0 {
		return append(buf, '?')
	}
	return append(buf, '.')
}

// speaker picks who is quoted: the main figure half the time.
func (a *article) speaker() int {
	if a.r.IntN(2) == 0 {
		return a.leadPer
	}
	return a.r.IntN(len(a.people))
}

// mention appends a person's name: in full, with any role, the first time,
// and by surname after that.
func (a *article) mention(buf []byte, i int) []byte {
	p := a.people[i]
	if a.named[i] {
		return append(buf, p.last...)
	}
	a.named[i] = true
	if p.role != "" {
		buf = append(buf, p.role...)
		buf = append(buf, ' ')
	}
	return append(buf, p.full()...)
}

// words appends n words, the first capitalized when capFirst.
func (a *article) words(buf []byte, n int, capFirst bool) []byte {
	r := a.r
	for j := range n {
		if j > 0 {
			if r.IntN(16) == 0 && j < n-1 {
				buf = append(buf, ',')
			}
			buf = append(buf, ' ')
		}
		switch x := r.IntN(1000); {
		case x < 30:
			i := a.leadPer
			if r.IntN(2) == 0 {
				i = r.IntN(len(a.people))
			}
			buf = a.mention(buf, i)
		case x < 40:
			buf = append(buf, pick(r, a.places)...)
		case x < 80:
			buf = a.word(buf, pick(r, a.topics), capFirst && j == 0)
		case x < 87:
			buf = appendNumber(buf, r)
		default:
			buf = a.word(buf, a.g.v.words[a.zipf.Uint64()], capFirst && j == 0)
		}
	}
	return buf
}

func (a *article) word(buf []byte, w string, upper bool) []byte {
	if !upper {
		return append(buf, w...)
	}
	c, size := utf8.DecodeRuneInString(w)
	buf = utf8.AppendRune(buf, unicode.ToUpper(c))
	return append(buf, w[size:]...)
}

func appendNumber(buf []byte, r *rand.Rand) []byte {
	switch r.IntN(5) {
	case 0:
		return strconv.AppendInt(buf, int64(2+r.IntN(98)), 10)
	case 1:
		buf = strconv.AppendInt(buf, int64(1+r.IntN(99)), 10)
		return append(buf, " percent"...)
	case 2:
		buf = append(buf, '$')
		buf = strconv.AppendInt(buf, int64(1+r.IntN(900)), 10)
		return append(buf, " million"...)
	case 3:
		buf = strconv.AppendInt(buf, int64(1+r.IntN(99)), 10)
		return append(buf, fmtThousands(r.IntN(1000))...)
	default:
		return strconv.AppendInt(buf, int64(1990+r.IntN(36)), 10)
	}
}

func fmtThousands(n int) string {
	s := strconv.Itoa(n)
	return "," + strings.Repeat("0", 3-len(s)) + s
}

func capitalize(s string) string {
	c, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(c)) + s[size:]
}

// outlet names invented publication k.
func outlet(k int) string {
	return "The " + outletPrefixes[k%len(outletPrefixes)] + " " +
		outletSuffixes[(k/len(outletPrefixes)+k)%len(outletSuffixes)]
}

// dateOf returns the calendar date day days after 2019-01-01.
func dateOf(day int) (y, m, d int) {
	t := time.Date(2019, time.January, 1+day, 0, 0, 0, 0, time.UTC)
	return t.Year(), int(t.Month()), t.Day()
}

func appendDate(buf []byte, y, m, d int) []byte {
	buf = strconv.AppendInt(buf, int64(y), 10)
	buf = append(buf, '-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10))
	return buf
}
