// Package search answers questions about the coverage: it indexes each
// passage of the corpus with bleve (scorch engine, BM25), analyzes questions
// and news text alike, finds the passages that answer, quotes the sentences
// that answer best, and swaps in a rebuilt index when the corpus is reloaded.
//
// It holds no Discord code: the bot consumes it through an interface of its
// own.
package search

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/coveragebot/coveragebot/corpus"
)

// ErrClosed is returned by Search and Reload after Close.
var ErrClosed = errors.New("search index is closed")

// Options configures an Index.
type Options struct {
	Logger *slog.Logger // nil discards logs
	// Dir is the folder Open keeps the index in, so that a restart opens it
	// instead of building it; empty keeps the index in memory. New ignores it.
	Dir string
	// Stamp, when set, returns a cheap identity of the corpus that load
	// functions read, such as corpus.Stamp of its folder: with Dir, a
	// persisted index recorded with the same stamp is served without
	// loading the corpus.
	Stamp func() (string, error)
}

// Index searches one corpus at a time. It is safe for concurrent use; Reload
// replaces the corpus while searches continue.
type Index struct {
	log   *slog.Logger
	an    analysis.Analyzer
	dir   string                 // Options.Dir, for Open's indexes; "" in memory
	stamp func() (string, error) // Options.Stamp
	lock  io.Closer              // the lock of dir, released by Close (see lockDir)

	reloadMu sync.Mutex // serializes Reload and Close

	mu  sync.RWMutex // guards cur
	cur *generation  // nil once closed
}

// generation is one built index with everything a search needs beside it.
// It is replaced as a whole on reload.
type generation struct {
	idx      bleve.Index
	corpus   *corpus.Corpus
	docs     []docRef          // by bleve document id (its decimal position here)
	titles   []map[string]bool // analyzed title terms, by article position
	terms    *terms            // the analyzed terms of each passage, and how common each is
	passages int
	syn      synonyms
	kinds    termKinds      // kinds of answer each term stands for, for ranking
	typos    typoIndex      // the terms by their first letters, for words with typos
	outlets  outletWords    // the words of the outlets' names (see namesOther)
	bylines  outletTerms    // the analyzed words of each article's outlet (see found)
	dir      string         // folder of a persisted generation; "" in memory
	inflight sync.WaitGroup // searches running on this generation
}

type docRef struct {
	article int // position in corpus.Articles
	passage int // position in Article.Passages
}

// Field names in the bleve documents.
const (
	fieldBody      = "body"
	fieldContext   = "context" // the last sentence of the passage before, in the same article
	fieldTitle     = "title"
	fieldArticle   = "article"
	fieldSource    = "source" // lower-cased article id and outlet, for filters
	fieldOutlet    = "outlet"
	fieldPublished = "published"
	fieldURL       = "url"
	fieldHas       = "has" // kinds of answer the passage holds: a number, a date
)

// batchSize is how many passages go into one bleve batch. The in-memory
// scorch index never merges its segments, so few large batches search
// faster than many small ones.
const batchSize = 10000

// New builds an index over c in memory. Open keeps one on disk.
func New(c *corpus.Corpus, opts Options) (*Index, error) {
	opts.Dir = ""
	ix := emptyIndex(opts)
	g, err := ix.build(c, "", false, nil)
	if err != nil {
		return nil, err
	}
	ix.cur = g
	return ix, nil
}

// Corpus returns the corpus currently served, or nil after Close.
func (ix *Index) Corpus() *corpus.Corpus {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	if ix.cur == nil {
		return nil
	}
	return ix.cur.corpus
}

// Close waits for a running reload and for running searches, then releases
// the index. Searches after Close return ErrClosed.
func (ix *Index) Close() error {
	ix.reloadMu.Lock()
	defer ix.reloadMu.Unlock()
	if ix.lock != nil {
		defer ix.lock.Close() // once no search or reload can use the folder
		ix.lock = nil
	}
	ix.mu.Lock()
	g := ix.cur
	ix.cur = nil
	ix.mu.Unlock()
	if g == nil {
		return nil
	}
	return g.retire()
}

// acquire returns the current generation, counted as in use until release.
func (ix *Index) acquire() (*generation, error) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	g := ix.cur
	if g == nil {
		return nil, ErrClosed
	}
	g.inflight.Add(1)
	return g, nil
}

func (g *generation) release() { g.inflight.Done() }

// retire waits for the searches still running on g, then closes it.
func (g *generation) retire() error {
	g.inflight.Wait()
	if err := g.idx.Close(); err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	return nil
}

// newMapping describes the passage documents: the body and the article title
// are analyzed text searched by name (no _all field); the rest is metadata
// kept beside each passage for filters and for whoever reads the index.
func newMapping() (*mapping.IndexMappingImpl, error) {
	m := bleve.NewIndexMapping()
	m.ScoringModel = bleveindex.BM25Scoring
	m.DefaultAnalyzer = analyzerName
	m.IndexDynamic = false
	m.StoreDynamic = false
	m.DocValuesDynamic = false
	err := m.AddSynonymSource(synonymSource, map[string]interface{}{
		"collection": synonymCollection,
		"analyzer":   analyzerName,
	})
	if err != nil {
		return nil, fmt.Errorf("add synonym source: %w", err)
	}

	text := func(vectors bool) *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzerName
		f.Store = false
		f.IncludeInAll = false
		f.IncludeTermVectors = vectors // positions, for phrase queries
		f.DocValues = false
		f.SynonymSource = synonymSource
		return f
	}
	keyword := func(index, store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Index = index
		f.Store = store
		f.IncludeInAll = false
		f.IncludeTermVectors = false
		f.DocValues = false
		return f
	}
	date := bleve.NewDateTimeFieldMapping()
	date.Store = true
	date.IncludeInAll = false
	date.DocValues = false

	title := text(false)
	title.Store = true

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(fieldBody, text(true))
	doc.AddFieldMappingsAt(fieldContext, text(false))
	doc.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())
	doc.AddFieldMappingsAt(fieldTitle, title)
	doc.AddFieldMappingsAt(fieldArticle, keyword(true, true))
	doc.AddFieldMappingsAt(fieldSource, keyword(true, false))
	doc.AddFieldMappingsAt(fieldHas, keyword(true, false))
	doc.AddFieldMappingsAt(fieldOutlet, keyword(false, true))
	doc.AddFieldMappingsAt(fieldPublished, date)
	doc.AddFieldMappingsAt(fieldURL, keyword(false, true))
	m.DefaultMapping = doc
	return m, nil
}

// build indexes every passage of c into a new scorch index in the folder
// path, or in memory when path is "". stop, when not nil, is checked
// between batches; its error abandons the build. A background build (a
// reload) sends one batch at a time, leaving cores to the searches that
// run meanwhile.
func (ix *Index) build(c *corpus.Corpus, path string, background bool, stop func() error) (g *generation, err error) {
	if c == nil {
		return nil, errors.New("build index: no corpus")
	}
	start := time.Now()
	m, err := newMapping()
	if err != nil {
		return nil, fmt.Errorf("build index: %w", err)
	}
	idx, err := bleve.NewUsing(path, m, scorch.Name, scorch.Name, diskConfig(path))
	if err != nil {
		return nil, fmt.Errorf("create index: %w", err)
	}
	defer func() {
		if err != nil {
			_ = idx.Close()
		}
	}()

	g = &generation{idx: idx, corpus: c, syn: synonyms{}}
	g.syn, _ = buildSynonyms(ix.an, c.Synonyms) // SynonymProblems reports what it leaves out

	bt := newBatcher(idx, stop, background)
	defer bt.wg.Wait() // before the Close above, when the build fails
	b := idx.NewBatch()
	if err := g.syn.indexSynonyms(b); err != nil {
		return nil, err
	}
	g.terms = newTerms()
	g.titles = make([]map[string]bool, len(c.Articles))
	for ai, a := range c.Articles {
		g.titles[ai] = termSet(ix.an, a.Title)
		meta := map[string]interface{}{
			fieldTitle:   a.Title,
			fieldArticle: a.ID,
			fieldSource:  []string{strings.ToLower(a.ID), strings.ToLower(a.Outlet)},
			fieldOutlet:  a.Outlet,
		}
		if !a.Published.IsZero() {
			meta[fieldPublished] = a.Published
		}
		if a.URL != "" {
			meta[fieldURL] = a.URL
		}
		people := roles(a)
		for pi, p := range a.Passages {
			doc := make(map[string]interface{}, len(meta)+3)
			for k, v := range meta {
				doc[k] = v
			}
			doc[fieldBody] = p.Text
			pc := contextOf(a, pi, people)
			if pc != "" {
				doc[fieldContext] = pc
			}
			g.terms.add(ix.an.Analyze([]byte(p.Text)), ix.an.Analyze([]byte(pc)))
			if kinds := passageKinds(p.Text); len(kinds) > 0 {
				doc[fieldHas] = kinds
			}
			if err := b.Index(strconv.Itoa(len(g.docs)), doc); err != nil {
				return nil, fmt.Errorf("index %s passage %d: %w", a.ID, pi, err)
			}
			g.docs = append(g.docs, docRef{article: ai, passage: pi})
			if b.Size() >= batchSize {
				if err := bt.send(b); err != nil {
					return nil, err
				}
				b = idx.NewBatch()
			}
		}
	}
	if err := bt.send(b); err != nil {
		return nil, err
	}
	if err := bt.wait(); err != nil {
		return nil, err
	}
	if path != "" {
		if err := bt.persisted(); err != nil {
			return nil, err
		}
	}
	g.passages = len(g.docs)
	g.terms.compact()
	ix.log.Info("search index built", "source", c.Source, "articles", len(c.Articles),
		"passages", g.passages, "synonym_groups", len(g.syn.raw), "took", time.Since(start))
	return g, nil
}

// termSet returns the analyzed terms of text.
func termSet(an analysis.Analyzer, text string) map[string]bool {
	set := map[string]bool{}
	for _, t := range an.Analyze([]byte(text)) {
		set[string(t.Term)] = true
	}
	return set
}

// Reload loads a corpus with load, builds a complete new index over it, and
// swaps it in atomically: searches that started before the swap finish on
// the old index, which is closed once they are done. Reloads are serialized.
//
// When load fails its error is returned as is (a *corpus.LoadError lists
// every problem) and the current corpus keeps being served; the same holds
// when the build fails or ctx ends first. On success Reload returns what
// changed.
func (ix *Index) Reload(ctx context.Context, load func() (*corpus.Corpus, error)) (corpus.Change, error) {
	ix.reloadMu.Lock()
	defer ix.reloadMu.Unlock()
	if ix.Corpus() == nil {
		return corpus.Change{}, ErrClosed
	}
	if err := ctx.Err(); err != nil {
		return corpus.Change{}, err
	}
	stamp := ""
	if ix.stamp != nil && ix.dir != "" {
		stamp, _ = ix.stamp() // before load: a file changed after it makes the next start compare fingerprints
	}
	c, err := load()
	if err != nil {
		return corpus.Change{}, err
	}
	g, err := ix.rebuild(ctx, c, stamp)
	if err != nil {
		return corpus.Change{}, fmt.Errorf("reload: %w", err)
	}

	ix.mu.Lock()
	old := ix.cur
	ix.cur = g
	ix.mu.Unlock()

	ch := corpus.Diff(old.corpus, c)
	if err := old.retire(); err != nil {
		ix.log.Warn("old index not closed cleanly", "err", err)
	}
	ix.discard(old)
	ix.log.Info("corpus reloaded", "source", c.Source, "articles", ch.Articles, "passages", ch.Passages,
		"added", len(ch.Added), "removed", len(ch.Removed), "changed", len(ch.Changed))
	return ch, nil
}

// leadReach is the last paragraph read with the lead's first sentence
// (see contextOf).
const leadReach = 3

// sharesWord reports whether a and b have a word in common, of four
// letters or more and not a stop word, whatever the case.
func sharesWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range questionWords(b) {
		if lw := strings.ToLower(w.text); len(lw) >= 4 && !englishStops[lw] {
			words[lw] = true
		}
	}
	for _, w := range questionWords(a) {
		if words[strings.ToLower(w.text)] {
			return true
		}
	}
	return false
}

// contextOf returns the text a passage is read in the light of: the last
// sentence of the passage before it in the same article, or "" for the
// first. An answer often follows the sentence that sets up the question
// ("…25 percent tariffs will be imposed…" then "the measures are in
// retaliation for…"), and that sentence is where the question's words are.
//
// The first paragraphs after the lead are also read with the lead's first
// sentence, up to paragraph leadReach (counted from 0), when their own
// first sentence takes up a word of it: news tells the event there ("The
// Mexican Senate has approved the deployment of U.S. Army Green
// Berets…") and its details just after, without naming it again ("The
// Senate commission voted unanimously to approve the mission…"). A
// paragraph that shares no word with the lead has moved on ("Governor
// Rocha was born in 1962").
//
// A passage that names a person by surname is also read with the words
// that introduced them (see roles): people is roles(a). One that speaks
// of a person by pronoun alone is read with their name and those words
// (see referent).
func contextOf(a *corpus.Article, pi int, people map[string]introduced) string {
	if pi < 0 || pi >= len(a.Passages) {
		return ""
	}
	var ctx string
	if pi > 0 {
		prev := a.Passages[pi-1]
		s := sentences(prev)
		last := s[len(s)-1]
		ctx = prev.Text[last.Start:last.End]
	}
	if pi >= 2 && pi <= leadReach {
		lead := a.Passages[0]
		s := sentences(lead)
		first := lead.Text[s[0].Start:s[0].End]
		p := a.Passages[pi]
		if o := sentences(p); sharesWord(p.Text[o[0].Start:o[0].End], first) {
			ctx = strings.TrimSpace(first + "\n" + ctx)
		}
	}
	if r := rolesIn(a.Passages[pi].Text, people); r != "" {
		ctx = strings.TrimSpace(ctx + "\n" + r)
	}
	if name := referent(a, pi, people); name != "" {
		ctx = strings.TrimSpace(ctx + "\n" + strings.TrimSpace(name+" "+people[name].role+" "+people[name].given))
	}
	return ctx
}
