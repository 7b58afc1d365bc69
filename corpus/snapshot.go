package corpus

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"time"
	"unsafe"
)

// snapshotMagic opens every snapshot; the digit is the format version, to
// be raised whenever the encoding or the Corpus types change.
const snapshotMagic = "coveragebot corpus snapshot 2\n"

// ErrBadSnapshot is returned by DecodeSnapshot for data that is not a
// complete snapshot of this format version.
var ErrBadSnapshot = errors.New("not a corpus snapshot, or a damaged one")

// EncodeSnapshot writes c in a compact binary form that DecodeSnapshot
// reads back much faster than the article files can be parsed: a server
// that keeps its index on disk starts from the snapshot instead of the
// corpus folder.
//
// The form is the magic line, then unsigned varints and length-prefixed
// strings: the corpus fields, each article's metadata, and each passage's
// line, text and sentence spans.
func EncodeSnapshot(w io.Writer, c *Corpus) error {
	e := &encoder{w: bufio.NewWriterSize(w, 1<<16)}
	e.raw(snapshotMagic)
	e.str(c.Source)
	e.str(c.Fingerprint)
	e.uint(len(c.Synonyms))
	for _, g := range c.Synonyms {
		e.strs(g)
	}
	e.uint(len(c.SynonymLine))
	for _, n := range c.SynonymLine {
		e.uint(n)
	}
	e.uint(len(c.Warnings))
	for _, p := range c.Warnings {
		e.str(p.File)
		e.uint(p.Line)
		e.str(p.Msg)
	}
	sentences := 0
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			sentences += len(p.Sentences)
		}
	}
	e.uint(len(c.Articles))
	e.uint(c.PassageCount())
	e.uint(sentences)
	for _, a := range c.Articles {
		e.str(a.ID)
		e.str(a.Title)
		e.str(a.Outlet)
		if a.Published.IsZero() {
			e.uint(0)
		} else {
			e.uint(1)
			e.int(a.Published.Unix())
		}
		e.str(a.URL)
		e.strs(a.Authors)
		e.str(a.Summary)
		e.str(a.Note)
		e.str(a.File)
		e.uint(len(a.Passages))
		for _, p := range a.Passages {
			e.uint(p.Line)
			e.str(p.Text)
			e.uint(len(p.Sentences))
			last := 0
			for _, s := range p.Sentences {
				e.uint(s.Start - last)
				e.uint(s.End - s.Start)
				last = s.End
			}
		}
	}
	e.raw(snapshotMagic) // a trailer: a cut-off file does not decode
	if e.err != nil {
		return fmt.Errorf("write corpus snapshot: %w", e.err)
	}
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("write corpus snapshot: %w", err)
	}
	return nil
}

// DecodeSnapshot reads a corpus written by EncodeSnapshot. The corpus
// keeps data: its strings point into it, so the caller must not change
// data afterwards. (Copying a snapshot of 100,000 passages into a string
// would touch another 45 MB of fresh memory at every start.)
func DecodeSnapshot(data []byte) (c *Corpus, err error) {
	if len(data) == 0 {
		return nil, ErrBadSnapshot
	}
	d := &decoder{s: unsafe.String(&data[0], len(data))}
	defer func() {
		if r := recover(); r != nil {
			if r != errShort {
				panic(r)
			}
			c, err = nil, ErrBadSnapshot
		}
	}()
	if d.raw(len(snapshotMagic)) != snapshotMagic {
		return nil, ErrBadSnapshot
	}
	c = &Corpus{Source: d.str(), Fingerprint: d.str()}
	if n := d.count(); n > 0 {
		c.Synonyms = make([][]string, n)
		for i := range c.Synonyms {
			c.Synonyms[i] = d.strs()
		}
	}
	if n := d.count(); n > 0 {
		c.SynonymLine = make([]int, n)
		for i := range c.SynonymLine {
			c.SynonymLine[i] = d.num()
		}
	}
	if n := d.count(); n > 0 {
		c.Warnings = make([]Problem, n)
		for i := range c.Warnings {
			c.Warnings[i] = Problem{File: d.str(), Line: d.num(), Msg: d.str()}
		}
	}
	n := d.count()
	c.Articles = make([]*Article, n)
	// one allocation each for all articles, passages and sentences
	arts := make([]Article, n)
	passages := make([]Passage, d.count())
	spans := make([]Span, d.count())
	for i := range arts {
		a := &arts[i]
		a.ID, a.Title, a.Outlet = d.str(), d.str(), d.str()
		if d.num() == 1 {
			a.Published = time.Unix(d.int(), 0).UTC()
		}
		a.URL = d.str()
		a.Authors = d.strs()
		a.Summary, a.Note, a.File = d.str(), d.str(), d.str()
		np := d.count()
		if np > len(passages) {
			return nil, ErrBadSnapshot
		}
		if np > 0 {
			a.Passages, passages = passages[:np:np], passages[np:]
		}
		for pi := range a.Passages {
			p := &a.Passages[pi]
			p.ArticleID, p.Index = a.ID, pi
			p.Line = d.num()
			p.Text = d.str()
			ns := d.count()
			if ns > len(spans) {
				return nil, ErrBadSnapshot
			}
			if ns > 0 {
				p.Sentences, spans = spans[:ns:ns], spans[ns:]
			}
			last := 0
			for si := range p.Sentences {
				start := last + d.num()
				end := start + d.num()
				if end > len(p.Text) {
					return nil, ErrBadSnapshot
				}
				p.Sentences[si] = Span{Start: start, End: end}
				last = end
			}
		}
		c.Articles[i] = a
	}
	if d.raw(len(snapshotMagic)) != snapshotMagic || len(d.s) != 0 {
		return nil, ErrBadSnapshot
	}
	return c, nil
}

type encoder struct {
	w   *bufio.Writer
	buf [binary.MaxVarintLen64]byte
	err error
}

func (e *encoder) raw(s string) {
	if e.err == nil {
		_, e.err = e.w.WriteString(s)
	}
}

func (e *encoder) uint(n int) {
	if n < 0 {
		n = 0
	}
	e.raw(string(binary.AppendUvarint(e.buf[:0], uint64(n))))
}

func (e *encoder) int(n int64) {
	e.raw(string(binary.AppendVarint(e.buf[:0], n)))
}

func (e *encoder) str(s string) {
	e.uint(len(s))
	e.raw(s)
}

func (e *encoder) strs(ss []string) {
	e.uint(len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

// errShort is what a decoder panics with when data runs out or a number is
// out of range; DecodeSnapshot turns it into ErrBadSnapshot.
var errShort = errors.New("short snapshot")

// decoder reads from s, advancing it. Strings it returns share s's memory.
type decoder struct {
	s string
}

func (d *decoder) raw(n int) string {
	if n < 0 || n > len(d.s) {
		panic(errShort)
	}
	v := d.s[:n]
	d.s = d.s[n:]
	return v
}

// count reads an unsigned varint that must fit in what is left of the data,
// as every count and length in a snapshot does; this bounds allocations on
// damaged input.
func (d *decoder) count() int {
	v, n := uvarint(d.s)
	if n <= 0 || v > uint64(len(d.s)) {
		panic(errShort)
	}
	d.s = d.s[n:]
	return int(v)
}

// num reads an unsigned varint that is not a length, such as a line number.
func (d *decoder) num() int {
	v, n := uvarint(d.s)
	if n <= 0 || v > 1<<31 {
		panic(errShort)
	}
	d.s = d.s[n:]
	return int(v)
}

func (d *decoder) int() int64 {
	u, n := uvarint(d.s)
	if n <= 0 {
		panic(errShort)
	}
	d.s = d.s[n:]
	return int64(u>>1) ^ -int64(u&1) // zig-zag, as binary.AppendVarint writes
}

func (d *decoder) str() string { return d.raw(d.count()) }

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	ss := make([]string, n)
	for i := range ss {
		ss[i] = d.str()
	}
	return ss
}

// uvarint is binary.Uvarint over a string, without copying it.
func uvarint(s string) (uint64, int) {
	var x uint64
	var shift uint
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		b := s[i]
		if b < 0x80 {
			return x | uint64(b)<<shift, i + 1
		}
		x |= uint64(b&0x7f) << shift
		shift += 7
	}
	return 0, 0
}
