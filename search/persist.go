package search

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/coveragebot/coveragebot/corpus"
)

// A persisted index lives in Options.Dir:
//
//	manifest.json     which generation is current, and what it was built from
//	gen-<n>/index/    the bleve index (scorch), opened read-only
//	gen-<n>/corpus    the corpus snapshot (corpus.EncodeSnapshot)
//	gen-<n>/terms     the forward index of passage terms (see terms)
//	gen-<n>/titles    the analyzed terms of each article's headline
//	.build-<n>/       a generation being built; renamed to gen-<n> when complete
//	lock              locked by the process that writes to the folder (see lockDir)
//
// A generation is built in a .build folder, renamed into place, and only
// then named in the manifest, itself written to a temporary file and
// renamed: a crash at any point leaves the previous generation current and
// at worst a folder that the next start removes.
//
// One process writes to a Dir at a time: the one holding its lock. Another
// process opening the same Dir, such as "ask" run beside "serve", builds
// its index in memory and leaves the folder alone, since writing there
// would remove the generation the first one serves.
const (
	manifestFile  = "manifest.json"
	genPrefix     = "gen-"
	buildPrefix   = ".build-"
	indexSubdir   = "index"
	corpusFile    = "corpus"
	termsFile     = "terms"
	titlesFile    = "titles"
	lockFile      = "lock"
	persistFormat = 1 // raise when the folder layout or the files' encoding changes
)

// manifest describes the current generation of a persisted index.
type manifest struct {
	Format      int       `json:"format"`
	Analysis    string    `json:"analysis"`    // analysisID of the build
	Stamp       string    `json:"stamp"`       // Options.Stamp when built, if any
	Fingerprint string    `json:"fingerprint"` // corpus.Corpus.Fingerprint
	Generation  string    `json:"generation"`  // folder name, gen-<n>
	Articles    int       `json:"articles"`
	Passages    int       `json:"passages"`
	Built       time.Time `json:"built"`
}

// Open returns an index over the corpus that load reads. Without
// opts.Dir it loads and builds in memory, as New does. With opts.Dir it
// serves the index persisted there when it was built for the same corpus
// with the same analysis: read-only, without parsing the corpus when
// opts.Stamp matches the stamp recorded at build time, else after loading
// it and comparing fingerprints. Otherwise, or when the persisted index
// cannot be read, it loads, builds a new generation and persists it.
func Open(ctx context.Context, opts Options, load func() (*corpus.Corpus, error)) (*Index, error) {
	if opts.Dir == "" {
		c, err := load()
		if err != nil {
			return nil, err
		}
		return New(c, opts)
	}
	if err := os.MkdirAll(opts.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("index folder: %w", err)
	}
	lock, err := lockDir(opts.Dir)
	if errors.Is(err, errDirInUse) {
		if opts.Logger != nil {
			opts.Logger.Warn("index folder in use by another process; building the index in memory", "dir", opts.Dir)
		}
		c, err := load()
		if err != nil {
			return nil, err
		}
		return New(c, opts)
	}
	if err != nil {
		return nil, fmt.Errorf("index folder: %w", err)
	}
	ix, err := openDir(ctx, opts, load)
	if err != nil {
		lock.Close()
		return nil, err
	}
	ix.lock = lock
	return ix, nil
}

// errDirInUse is lockDir's answer when another process holds the lock.
var errDirInUse = errors.New("index folder in use by another process")

// openDir is Open for a Dir whose lock this process holds.
func openDir(ctx context.Context, opts Options, load func() (*corpus.Corpus, error)) (*Index, error) {
	ix := emptyIndex(opts)
	start := time.Now()
	aid, err := analysisID()
	if err != nil {
		return nil, err
	}
	m, err := readManifest(opts.Dir)
	usable := err == nil && m.Format == persistFormat && m.Analysis == aid

	// Stamping walks the corpus folder, mostly waiting on the file system;
	// opening the generation the manifest names reads and decodes files.
	// With a usable manifest both run at once, and the open is dropped if
	// the stamps differ.
	type opened struct {
		g   *generation
		err error
	}
	var spec chan opened
	if usable && m.Stamp != "" && opts.Stamp != nil {
		spec = make(chan opened, 1)
		go func() {
			g, err := ix.openGeneration(filepath.Join(opts.Dir, m.Generation), m, nil)
			spec <- opened{g, err}
		}()
	}
	stamp := ""
	if opts.Stamp != nil {
		var serr error
		if stamp, serr = opts.Stamp(); serr != nil {
			ix.log.Warn("corpus not stamped; loading it to compare", "err", serr)
			stamp = ""
		}
	}
	if spec != nil && (stamp == "" || m.Stamp != stamp) {
		if o := <-spec; o.err == nil {
			_ = o.g.idx.Close()
		}
		spec = nil
	}
	switch {
	case errors.Is(err, os.ErrNotExist):
	case err != nil:
		ix.log.Warn("persisted index unreadable; rebuilding it", "dir", opts.Dir, "err", err)
	case !usable:
		ix.log.Info("persisted index built by another version; rebuilding it", "dir", opts.Dir)
	case spec != nil:
		o := <-spec
		g, err := o.g, o.err
		if err == nil {
			ix.serveOpened(g, m, start)
			return ix, nil
		}
		ix.log.Warn("persisted index unreadable; rebuilding it", "dir", opts.Dir, "err", err)
		usable = false
	}

	c, err := load()
	if err != nil {
		return nil, err
	}
	if usable && m.Fingerprint == c.Fingerprint {
		// same files, touched: keep the index, record the new stamp
		g, err := ix.openGeneration(filepath.Join(opts.Dir, m.Generation), m, c)
		if err == nil {
			m.Stamp = stamp
			if err := writeManifest(opts.Dir, m); err != nil {
				ix.log.Warn("index manifest not updated", "err", err)
			}
			ix.serveOpened(g, m, start)
			return ix, nil
		}
		ix.log.Warn("persisted index unreadable; rebuilding it", "dir", opts.Dir, "err", err)
	}
	// keep the generation the manifest names until a new one replaces it:
	// a failed build leaves the folder as it was
	ix.cleanDir(m.Generation)
	g, err := ix.persist(ctx, c, stamp, aid, false)
	if err != nil {
		return nil, err
	}
	ix.cur = g
	ix.cleanDir(filepath.Base(g.dir))
	return ix, nil
}

// emptyIndex returns an Index with no generation yet.
func emptyIndex(opts Options) *Index {
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Index{log: log, an: newAnalyzer(), dir: opts.Dir, stamp: opts.Stamp}
}

// persist builds a generation of c in a .build folder of ix.dir, renames it
// into place, records it in the manifest and opens it read-only.
func (ix *Index) persist(ctx context.Context, c *corpus.Corpus, stamp, aid string, background bool) (*generation, error) {
	name := strconv.FormatInt(time.Now().UnixNano(), 36)
	tmp := filepath.Join(ix.dir, buildPrefix+name)
	final := filepath.Join(ix.dir, genPrefix+name)
	ok := false
	defer func() {
		if !ok {
			_ = os.RemoveAll(tmp)
		}
	}()
	if err := os.Mkdir(tmp, 0o755); err != nil {
		return nil, fmt.Errorf("index folder: %w", err)
	}
	g, err := ix.build(c, filepath.Join(tmp, indexSubdir), background, ctx.Err)
	if err != nil {
		return nil, err
	}
	err = g.idx.Close()
	g.idx = nil
	if err != nil {
		return nil, fmt.Errorf("close built index: %w", err)
	}
	if err := writeFile(filepath.Join(tmp, corpusFile), func(w io.Writer) error { return corpus.EncodeSnapshot(w, c) }); err != nil {
		return nil, err
	}
	if err := writeFile(filepath.Join(tmp, termsFile), g.terms.encode); err != nil {
		return nil, err
	}
	if err := writeFile(filepath.Join(tmp, titlesFile), func(w io.Writer) error { return encodeTitles(w, g.titles) }); err != nil {
		return nil, err
	}
	if err := os.Rename(tmp, final); err != nil {
		return nil, fmt.Errorf("index folder: %w", err)
	}
	ok = true
	idx, err := bleve.OpenUsing(filepath.Join(final, indexSubdir), map[string]interface{}{"read_only": true})
	if err != nil {
		_ = os.RemoveAll(final)
		return nil, fmt.Errorf("open built index: %w", err)
	}
	g.idx, g.dir = idx, final
	m := manifest{
		Format: persistFormat, Analysis: aid, Stamp: stamp, Fingerprint: c.Fingerprint,
		Generation: genPrefix + name, Articles: len(c.Articles), Passages: g.passages, Built: time.Now().UTC(),
	}
	if err := writeManifest(ix.dir, m); err != nil {
		_ = idx.Close()
		_ = os.RemoveAll(final)
		return nil, err
	}
	ix.log.Info("search index persisted", "dir", final)
	return g, nil
}

// openGeneration opens the persisted generation in dir read-only. c is its
// corpus when already loaded; nil reads the snapshot.
func (ix *Index) openGeneration(dir string, m manifest, c *corpus.Corpus) (g *generation, err error) {
	// the term files decode on another goroutine while the snapshot does
	type decoded struct {
		t      *terms
		titles []map[string]bool
		err    error
	}
	side := make(chan decoded, 1)
	go func() {
		var d decoded
		d.t, d.titles, d.err = readTerms(dir)
		side <- d
	}()
	if c == nil {
		data, err := os.ReadFile(filepath.Join(dir, corpusFile))
		if err != nil {
			return nil, fmt.Errorf("read corpus snapshot: %w", err)
		}
		if c, err = corpus.DecodeSnapshot(data); err != nil {
			return nil, fmt.Errorf("read corpus snapshot: %w", err)
		}
	}
	if c.Fingerprint != m.Fingerprint || c.PassageCount() != m.Passages {
		return nil, errors.New("corpus snapshot does not match the manifest")
	}
	d := <-side
	t, titles := d.t, d.titles
	if d.err != nil {
		return nil, d.err
	}
	if len(t.bodyAt) != m.Passages+1 {
		return nil, errors.New("passage terms do not match the manifest")
	}
	if len(titles) != len(c.Articles) {
		return nil, errors.New("headline terms do not match the corpus")
	}
	idx, err := bleve.OpenUsing(filepath.Join(dir, indexSubdir), map[string]interface{}{"read_only": true})
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	defer func() {
		if err != nil {
			_ = idx.Close()
		}
	}()
	n, err := idx.DocCount()
	if err != nil {
		return nil, fmt.Errorf("open index: %w", err)
	}
	if n < uint64(m.Passages) {
		return nil, fmt.Errorf("index holds %d passages, want %d", n, m.Passages)
	}
	g = ix.assemble(c)
	g.idx, g.terms, g.titles, g.dir = idx, t, titles, dir
	return g, nil
}

// readTerms reads the passage terms and headline terms of the generation
// in dir.
func readTerms(dir string) (*terms, []map[string]bool, error) {
	data, err := os.ReadFile(filepath.Join(dir, termsFile))
	if err != nil {
		return nil, nil, fmt.Errorf("read passage terms: %w", err)
	}
	t, err := decodeTerms(data)
	if err != nil {
		return nil, nil, err
	}
	if data, err = os.ReadFile(filepath.Join(dir, titlesFile)); err != nil {
		return nil, nil, fmt.Errorf("read headline terms: %w", err)
	}
	titles, err := decodeTitles(data)
	if err != nil {
		return nil, nil, err
	}
	return t, titles, nil
}

// assemble returns a generation of c with the synonyms and document
// references that build makes beside the index.
func (ix *Index) assemble(c *corpus.Corpus) *generation {
	g := &generation{corpus: c}
	g.syn, _ = buildSynonyms(ix.an, c.Synonyms)
	g.docs = make([]docRef, 0, c.PassageCount())
	for ai, a := range c.Articles {
		for pi := range a.Passages {
			g.docs = append(g.docs, docRef{article: ai, passage: pi})
		}
	}
	g.passages = len(g.docs)
	return g
}

// rebuild builds a new generation of c for Reload: in memory, or with a
// Dir persisted as a new generation folder.
func (ix *Index) rebuild(ctx context.Context, c *corpus.Corpus, stamp string) (*generation, error) {
	if ix.dir == "" {
		return ix.build(c, "", true, ctx.Err)
	}
	aid, err := analysisID()
	if err != nil {
		return nil, err
	}
	return ix.persist(ctx, c, stamp, aid, true)
}

// discard removes the folder of a persisted generation that is no longer
// served; g must be retired.
func (ix *Index) discard(g *generation) {
	if g.dir == "" {
		return
	}
	if err := os.RemoveAll(g.dir); err != nil {
		ix.log.Warn("old index folder not removed", "dir", g.dir, "err", err)
	}
}

// serveOpened makes g, the persisted generation m names, the one searches
// use, removes the folder's other generations, and logs how long opening
// took since start.
func (ix *Index) serveOpened(g *generation, m manifest, start time.Time) {
	ix.cur = g
	ix.cleanDir(m.Generation)
	ix.log.Info("search index opened", "dir", ix.dir, "articles", m.Articles,
		"passages", m.Passages, "took", time.Since(start))
}

// cleanDir removes the generation and build folders of ix.dir other than
// keep: those left by a crash mid-build, or by a reload that could not
// remove its predecessor.
func (ix *Index) cleanDir(keep string) {
	ents, err := os.ReadDir(ix.dir)
	if err != nil {
		return
	}
	for _, e := range ents {
		name := e.Name()
		if name == keep || !(strings.HasPrefix(name, genPrefix) || strings.HasPrefix(name, buildPrefix)) {
			continue
		}
		if strings.HasPrefix(name, buildPrefix) {
			ix.log.Warn("removing an index build left unfinished", "dir", filepath.Join(ix.dir, name))
		}
		if err := os.RemoveAll(filepath.Join(ix.dir, name)); err != nil {
			ix.log.Warn("index folder not removed", "dir", filepath.Join(ix.dir, name), "err", err)
		}
	}
}

func readManifest(dir string) (manifest, error) {
	var m manifest
	data, err := os.ReadFile(filepath.Join(dir, manifestFile))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(data, &m); err != nil {
		return m, fmt.Errorf("read %s: %w", manifestFile, err)
	}
	if m.Generation == "" || filepath.Base(m.Generation) != m.Generation || !strings.HasPrefix(m.Generation, genPrefix) {
		return m, fmt.Errorf("read %s: bad generation %q", manifestFile, m.Generation)
	}
	return m, nil
}

// writeManifest replaces the manifest in one rename.
func writeManifest(dir string, m manifest) error {
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(dir, manifestFile+".tmp")
	if err := writeFile(tmp, func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, manifestFile)); err != nil {
		return fmt.Errorf("write %s: %w", manifestFile, err)
	}
	return nil
}

// writeFile writes path with write and syncs it to disk.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", filepath.Base(path), err)
	}
	return f.Close()
}

// analysisID identifies what a build does with a corpus beyond its files:
// the persisted layout, the index mapping, and what the analyzer and the
// answer-kind detector make of the embedded articles. A persisted index
// built under another analysisID is rebuilt, so a change to analysis never
// leaves an index that questions no longer match.
func analysisID() (string, error) {
	m, err := newMapping()
	if err != nil {
		return "", err
	}
	mj, err := json.Marshal(m)
	if err != nil {
		return "", fmt.Errorf("analysis id: %w", err)
	}
	probe, err := corpus.Embedded()
	if err != nil {
		return "", fmt.Errorf("analysis id: %w", err)
	}
	an := newAnalyzer()
	h := sha256.New()
	// the forms and idiom tables change terms of corpora other than the
	// probe
	fmt.Fprintf(h, "format %d\n%s\n%s\n", persistFormat, mj, irregularForms)
	for _, w := range slices.Sorted(maps.Keys(idiomTable)) {
		fmt.Fprintf(h, "%s: %s\n", w, strings.Join(idiomTable[w], ", "))
	}
	var buf []byte
	for _, a := range probe.Articles {
		people := roles(a)
		for pi, p := range a.Passages {
			buf = buf[:0]
			for _, t := range an.Analyze([]byte(p.Text)) {
				buf = append(buf, t.Term...)
				for _, n := range [...]int{t.Position, t.Start, t.End, int(t.Type)} {
					buf = strconv.AppendInt(append(buf, ' '), int64(n), 10)
				}
				buf = append(buf, '\n')
			}
			buf = append(buf, strings.Join(passageKinds(p.Text), ",")...)
			buf = append(append(buf, '\n'), contextOf(a, pi, people)...)
			h.Write(append(buf, '\n'))
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// encode writes t: the term names, then each uint32 slice as a count and
// little-endian values.
func (t *terms) encode(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var buf [binary.MaxVarintLen64]byte
	bw.WriteString(termsMagic)
	bw.Write(binary.AppendUvarint(buf[:0], uint64(len(t.names))))
	for _, n := range t.names {
		bw.Write(binary.AppendUvarint(buf[:0], uint64(len(n))))
		bw.WriteString(n)
	}
	for _, s := range [][]uint32{t.df, t.body, t.bodyAt, t.ctx, t.ctxAt} {
		bw.Write(binary.AppendUvarint(buf[:0], uint64(len(s))))
		for _, v := range s {
			bw.Write(binary.LittleEndian.AppendUint32(buf[:0], v))
		}
	}
	bw.WriteString(termsMagic)
	return bw.Flush()
}

const termsMagic = "coveragebot terms 1\n"

// encodeTitles writes each article's headline terms, sorted, as counts and
// length-prefixed strings between two magic lines.
func encodeTitles(w io.Writer, titles []map[string]bool) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	var buf [binary.MaxVarintLen64]byte
	bw.WriteString(titlesMagic)
	bw.Write(binary.AppendUvarint(buf[:0], uint64(len(titles))))
	for _, set := range titles {
		words := slices.Sorted(maps.Keys(set))
		bw.Write(binary.AppendUvarint(buf[:0], uint64(len(words))))
		for _, w := range words {
			bw.Write(binary.AppendUvarint(buf[:0], uint64(len(w))))
			bw.WriteString(w)
		}
	}
	bw.WriteString(titlesMagic)
	return bw.Flush()
}

const titlesMagic = "coveragebot titles 1\n"

func decodeTitles(data []byte) ([]map[string]bool, error) {
	bad := errors.New("headline terms file is damaged")
	f, ok := openFrame(data, titlesMagic)
	if !ok {
		return nil, bad
	}
	str := string(data)
	n, ok := f.count()
	if !ok {
		return nil, bad
	}
	titles := make([]map[string]bool, n)
	for i := range titles {
		k, ok := f.count()
		if !ok {
			return nil, bad
		}
		set := make(map[string]bool, k)
		for range k {
			l, ok := f.count()
			if !ok || l > f.end-f.p {
				return nil, bad
			}
			set[str[f.p:f.p+l]] = true
			f.p += l
		}
		titles[i] = set
	}
	if f.p != f.end {
		return nil, bad
	}
	return titles, nil
}

// frame reads what the encoders here write: a magic line, varint-framed
// data, and the magic line again, which tells a whole file from a cut one.
type frame struct {
	data   []byte
	p, end int // next byte to read; where the data stops
}

// openFrame checks the magic at both ends of data.
func openFrame(data []byte, magic string) (*frame, bool) {
	if len(data) < 2*len(magic) || string(data[:len(magic)]) != magic ||
		string(data[len(data)-len(magic):]) != magic {
		return nil, false
	}
	return &frame{data: data, p: len(magic), end: len(data) - len(magic)}, true
}

// count reads a length, which can be no more than the bytes left.
func (f *frame) count() (int, bool) {
	v, n := binary.Uvarint(f.data[f.p:f.end])
	if n <= 0 || v > uint64(f.end-f.p) {
		return 0, false
	}
	f.p += n
	return int(v), true
}

var errBadTerms = errors.New("passage terms file is damaged")

// decodeTerms reads what encode wrote.
func decodeTerms(data []byte) (*terms, error) {
	f, ok := openFrame(data, termsMagic)
	if !ok {
		return nil, errBadTerms
	}
	n, ok := f.count()
	if !ok {
		return nil, errBadTerms
	}
	// the names share one string: a copy of their part of data, which
	// is mostly the packed term ids
	namesAt := f.p
	for range n {
		l, ok := f.count()
		if !ok || l > f.end-f.p {
			return nil, errBadTerms
		}
		f.p += l
	}
	str := string(data[namesAt:f.p])
	f.p = namesAt
	t := &terms{ids: make(map[string]uint32, n), names: make([]string, n)}
	for i := range t.names {
		l, _ := f.count()
		at := f.p - namesAt
		t.names[i] = str[at : at+l]
		t.ids[t.names[i]] = uint32(i)
		f.p += l
	}
	for _, dst := range []*[]uint32{&t.df, &t.body, &t.bodyAt, &t.ctx, &t.ctxAt} {
		l, ok := f.count()
		if !ok || 4*l > f.end-f.p {
			return nil, errBadTerms
		}
		v := make([]uint32, l)
		for i := range v {
			v[i] = binary.LittleEndian.Uint32(data[f.p+4*i:])
		}
		*dst = v
		f.p += 4 * l
	}
	if f.p != f.end || len(t.df) != len(t.names) || len(t.bodyAt) == 0 || len(t.ctxAt) != len(t.bodyAt) {
		return nil, errBadTerms
	}
	for _, packed := range [2]struct{ at, ids []uint32 }{{t.bodyAt, t.body}, {t.ctxAt, t.ctx}} {
		prev := uint32(0)
		for _, x := range packed.at {
			if x < prev || int(x) > len(packed.ids) {
				return nil, errBadTerms
			}
			prev = x
		}
		for _, id := range packed.ids {
			if int(id) >= len(t.names) {
				return nil, errBadTerms
			}
		}
	}
	return t, nil
}
