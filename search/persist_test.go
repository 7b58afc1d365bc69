package search

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/corpus/synth"
)

// persistFixture is a corpus folder (a copy of the embedded articles) and an
// index folder, with Options that count loads and keep the log.
type persistFixture struct {
	corpusDir, indexDir string
	loads               atomic.Int64
	log                 bytes.Buffer
}

func newPersistFixture(t *testing.T) *persistFixture {
	t.Helper()
	f := &persistFixture{corpusDir: t.TempDir(), indexDir: filepath.Join(t.TempDir(), "index")}
	ents, err := os.ReadDir("../corpus/articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join("../corpus/articles", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(f.corpusDir, e.Name()), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f *persistFixture) options() Options {
	return Options{
		Dir:    f.indexDir,
		Logger: slog.New(slog.NewTextHandler(&f.log, nil)),
		Stamp:  func() (string, error) { return corpus.Stamp(f.corpusDir) },
	}
}

func (f *persistFixture) load() (*corpus.Corpus, error) {
	f.loads.Add(1)
	return corpus.LoadDir(f.corpusDir)
}

// open opens the index and returns it with the generation it serves.
func (f *persistFixture) open(t *testing.T) (*Index, string) {
	t.Helper()
	ix, err := Open(t.Context(), f.options(), f.load)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { ix.Close() })
	m, err := readManifest(f.indexDir)
	if err != nil {
		t.Fatalf("after Open: %v", err)
	}
	return ix, m.Generation
}

// appendTo appends text to the file name of the corpus folder.
func (f *persistFixture) appendTo(t *testing.T, name, text string) {
	t.Helper()
	path := filepath.Join(f.corpusDir, name)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, append(data, text...), 0o644); err != nil {
		t.Fatal(err)
	}
}

// generations lists the folders in the index folder other than the manifest.
func (f *persistFixture) folders(t *testing.T) []string {
	t.Helper()
	ents, err := os.ReadDir(f.indexDir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		if e.IsDir() {
			names = append(names, e.Name())
		}
	}
	return names
}

func TestOpenReusesPersistedIndex(t *testing.T) {
	f := newPersistFixture(t)
	ix1, gen1 := f.open(t)
	if n := f.loads.Load(); n != 1 {
		t.Fatalf("first Open loaded the corpus %d times, want 1", n)
	}
	passages := ix1.Corpus().PassageCount()
	ix1.Close()

	ix2, gen2 := f.open(t)
	if n := f.loads.Load(); n != 1 {
		t.Errorf("second Open loaded the corpus again (%d loads): it should open the persisted index", n)
	}
	if gen2 != gen1 {
		t.Errorf("second Open serves generation %s, want %s (no rebuild)", gen2, gen1)
	}
	if got, want := ix2.Corpus().PassageCount(), passages; got != want {
		t.Errorf("reopened corpus has %d passages, want %d", got, want)
	}
	if !reflect.DeepEqual(f.folders(t), []string{gen1}) {
		t.Errorf("index folder holds %v, want only %s", f.folders(t), gen1)
	}
}

func TestOpenRebuildsChangedCorpus(t *testing.T) {
	f := newPersistFixture(t)
	ix, gen1 := f.open(t)
	ix.Close()

	// touched, same contents: loaded to compare, not rebuilt
	later := time.Now().Add(time.Minute)
	file := filepath.Join(f.corpusDir, "nysun-mexico-warms-up.md")
	if err := os.Chtimes(file, later, later); err != nil {
		t.Fatal(err)
	}
	ix, gen2 := f.open(t)
	ix.Close()
	if gen2 != gen1 || f.loads.Load() != 2 {
		t.Errorf("after a touch: generation %s (was %s), %d loads; want the same generation after 2 loads", gen2, gen1, f.loads.Load())
	}
	ix, _ = f.open(t) // the new stamp was recorded
	ix.Close()
	if n := f.loads.Load(); n != 2 {
		t.Errorf("Open after a touch loaded the corpus again (%d loads), want the recorded stamp to match", n)
	}

	f.appendTo(t, filepath.Base(file), "\nA passage about the zanzibar question appears.\n")
	ix, gen3 := f.open(t)
	if gen3 == gen1 {
		t.Errorf("a changed article did not rebuild the index")
	}
	ans, err := ix.Search(t.Context(), corpus.Query{Text: "zanzibar question"})
	if err != nil || ans.NoMatch {
		t.Errorf("Search(zanzibar) on the rebuilt index = %+v, %v; want the new passage", ans, err)
	}
	if !reflect.DeepEqual(f.folders(t), []string{gen3}) {
		t.Errorf("index folder holds %v, want only %s", f.folders(t), gen3)
	}
}

func TestOpenRebuildsCorruptIndex(t *testing.T) {
	for _, damage := range []struct {
		name string
		do   func(t *testing.T, genDir string)
	}{
		{"garbage index files", func(t *testing.T, genDir string) {
			filepath.WalkDir(filepath.Join(genDir, indexSubdir), func(p string, d os.DirEntry, err error) error {
				if err == nil && d.Type().IsRegular() {
					os.WriteFile(p, []byte("garbage"), 0o644)
				}
				return nil
			})
		}},
		{"no index", func(t *testing.T, genDir string) { os.RemoveAll(filepath.Join(genDir, indexSubdir)) }},
		{"garbage snapshot", func(t *testing.T, genDir string) {
			os.WriteFile(filepath.Join(genDir, corpusFile), []byte("garbage"), 0o644)
		}},
		{"cut terms", func(t *testing.T, genDir string) {
			p := filepath.Join(genDir, termsFile)
			data, _ := os.ReadFile(p)
			os.WriteFile(p, data[:len(data)/2], 0o644)
		}},
		{"garbage manifest", func(t *testing.T, genDir string) {
			os.WriteFile(filepath.Join(filepath.Dir(genDir), manifestFile), []byte("{"), 0o644)
		}},
	} {
		t.Run(damage.name, func(t *testing.T) {
			f := newPersistFixture(t)
			ix, gen1 := f.open(t)
			ix.Close()
			damage.do(t, filepath.Join(f.indexDir, gen1))
			f.log.Reset()

			ix, gen2 := f.open(t)
			if gen2 == gen1 {
				t.Errorf("a damaged index was served, not rebuilt")
			}
			if !strings.Contains(f.log.String(), "level=WARN") || !strings.Contains(f.log.String(), "rebuilding") {
				t.Errorf("no warning about the rebuild; log:\n%s", f.log.String())
			}
			ans, err := ix.Search(t.Context(), corpus.Query{Text: "Did Sheinbaum accept US troops?"})
			if err != nil || ans.NoMatch {
				t.Errorf("Search on the rebuilt index = %+v, %v; want an answer", ans, err)
			}
			if !reflect.DeepEqual(f.folders(t), []string{gen2}) {
				t.Errorf("index folder holds %v, want only %s", f.folders(t), gen2)
			}
		})
	}
}

func TestOpenCleansUnfinishedBuild(t *testing.T) {
	f := newPersistFixture(t)
	ix, gen := f.open(t)
	ix.Close()
	left := filepath.Join(f.indexDir, buildPrefix+"crashed")
	if err := os.MkdirAll(filepath.Join(left, indexSubdir), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(left, indexSubdir, "half.zap"), []byte("half"), 0o644); err != nil {
		t.Fatal(err)
	}
	f.log.Reset()
	ix, gen2 := f.open(t)
	ix.Close()
	if gen2 != gen || f.loads.Load() != 1 {
		t.Errorf("a leftover build folder caused a rebuild")
	}
	if !reflect.DeepEqual(f.folders(t), []string{gen}) {
		t.Errorf("index folder holds %v after Open, want only %s", f.folders(t), gen)
	}
	if !strings.Contains(f.log.String(), "unfinished") {
		t.Errorf("removing the leftover build was not logged; log:\n%s", f.log.String())
	}
}

func TestReloadPersisted(t *testing.T) {
	f := newPersistFixture(t)
	ix, gen1 := f.open(t)
	f.appendTo(t, "nysun-mexico-warms-up.md", "\nA passage about the zanzibar question appears.\n")
	if _, err := ix.Reload(t.Context(), f.load); err != nil {
		t.Fatalf("Reload: %v", err)
	}
	m, err := readManifest(f.indexDir)
	if err != nil {
		t.Fatal(err)
	}
	if m.Generation == gen1 {
		t.Fatalf("Reload did not record a new generation")
	}
	if !reflect.DeepEqual(f.folders(t), []string{m.Generation}) {
		t.Errorf("index folder holds %v after Reload, want only %s", f.folders(t), m.Generation)
	}
	if ans, err := ix.Search(t.Context(), corpus.Query{Text: "zanzibar question"}); err != nil || ans.NoMatch {
		t.Errorf("Search(zanzibar) after Reload = %+v, %v; want the new passage", ans, err)
	}
	ix.Close()

	loads := f.loads.Load()
	ix, gen := f.open(t)
	if gen != m.Generation || f.loads.Load() != loads {
		t.Errorf("Open after Reload: generation %s, %d new loads; want %s opened without loading", gen, f.loads.Load()-loads, m.Generation)
	}
	if ans, err := ix.Search(t.Context(), corpus.Query{Text: "zanzibar question"}); err != nil || ans.NoMatch {
		t.Errorf("Search(zanzibar) after reopening = %+v, %v; want the new passage", ans, err)
	}
}

// TestPersistedAnswersMatchMemory asks the quality questions of both an
// in-memory index and a reopened persisted one.
func TestPersistedAnswersMatchMemory(t *testing.T) {
	f := newPersistFixture(t)
	ix, _ := f.open(t)
	ix.Close()
	disk, _ := f.open(t)
	c, err := corpus.LoadDir(f.corpusDir)
	if err != nil {
		t.Fatal(err)
	}
	mem, err := New(c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer mem.Close()
	qs := []string{
		"Did Sheinbaum accept US troops?", "What did Trump ask Mexico?", "tariffs on Mexico",
		"How many troops did Mexico send to the border?", "weather in Paris", "cartels fentanyl",
	}
	for _, q := range qs {
		want, err := mem.Search(context.Background(), corpus.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		got, err := disk.Search(context.Background(), corpus.Query{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if summarize(got) != summarize(want) {
			t.Errorf("Search(%q) persisted = %s, want %s (in memory)", q, summarize(got), summarize(want))
		}
	}
}

func summarize(a *corpus.Answer) string {
	var b strings.Builder
	b.WriteString(strings.Repeat("no match ", btoi(a.NoMatch)))
	for _, r := range a.Results {
		b.WriteString(r.Passage.ArticleID + "/" + r.Quote + "; ")
	}
	return b.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// BenchmarkOpenPersisted opens an index persisted over BENCH_ARTICLES
// synthetic articles (default 1000) without loading the corpus: the cold
// start of a server with INDEX_DIR.
func BenchmarkOpenPersisted(b *testing.B) {
	n := 1000
	if s := os.Getenv("BENCH_ARTICLES"); s != "" {
		if _, err := fmt.Sscan(s, &n); err != nil {
			b.Fatalf("BENCH_ARTICLES=%q: %v", s, err)
		}
	}
	c, err := corpus.Load(synth.FS(synth.Generate(n, 1)), "synthetic")
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Dir: filepath.Join(b.TempDir(), "index"), Stamp: func() (string, error) { return "bench", nil }}
	ix, err := Open(b.Context(), opts, func() (*corpus.Corpus, error) { return c, nil })
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	noLoad := func() (*corpus.Corpus, error) { b.Fatal("Open loaded the corpus"); return nil, nil }
	for b.Loop() {
		ix, err := Open(b.Context(), opts, noLoad)
		if err != nil {
			b.Fatal(err)
		}
		ix.Close()
	}
}

// A second process opening an index folder that another serves (here a
// second Open in this process, which flock tells apart the same way) must
// answer from an index of its own in memory and leave the folder as it is:
// building there would remove the generation the first one serves.
func TestOpenFolderInUse(t *testing.T) {
	f := newPersistFixture(t)
	ix1, gen1 := f.open(t)

	// the articles change, so a writer would build a new generation
	f.appendTo(t, "synonyms.txt", "\nsailboat, dinghy\n")
	f.log.Reset()
	ix2, err := Open(t.Context(), f.options(), f.load)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	defer ix2.Close()
	if !strings.Contains(f.log.String(), "in use by another process") {
		t.Errorf("second Open logged %q, want it to say the folder is in use", f.log.String())
	}
	if got := f.folders(t); !reflect.DeepEqual(got, []string{gen1}) {
		t.Errorf("index folder holds %v after the second Open, want only %s", got, gen1)
	}
	for _, ix := range []*Index{ix1, ix2} {
		ans, err := ix.Search(t.Context(), corpus.Query{Text: "Did Sheinbaum accept U.S. troops?"})
		if err != nil || ans.NoMatch {
			t.Fatalf("Search = %v, %v; want an answer from both indexes", ans, err)
		}
	}
	if _, err := ix2.Reload(t.Context(), f.load); err != nil {
		t.Fatalf("Reload of the second index: %v", err)
	}
	if got := f.folders(t); !reflect.DeepEqual(got, []string{gen1}) {
		t.Errorf("index folder holds %v after the second index reloaded, want only %s", got, gen1)
	}

	// once the first closes, the next Open writes the folder again
	ix1.Close()
	ix2.Close()
	_, gen3 := f.open(t)
	if gen3 == gen1 {
		t.Errorf("Open after the first closed serves %s, want a new generation for the changed articles", gen3)
	}
}
