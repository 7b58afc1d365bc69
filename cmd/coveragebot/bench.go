package main

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/coveragebot/coveragebot/corpus"
	"github.com/coveragebot/coveragebot/corpus/synth"
	"github.com/coveragebot/coveragebot/search"
)

// benchReport is what bench measures; bench --json prints it as one object.
// Scripts depend on these keys: add keys, never rename them.
type benchReport struct {
	Articles          int     `json:"articles"`
	Passages          int     `json:"passages"`
	CorpusBytes       int64   `json:"corpus_bytes"`
	BuildSeconds      float64 `json:"build_seconds"`
	PassagesPerSecond float64 `json:"passages_per_second"`
	IndexBytes        int64   `json:"index_bytes"` // 0 while the index lives in memory only
	OpenMS            float64 `json:"open_ms"`     // search.Open of the persisted index: stamp, open read-only, no corpus parse
	QueryP50MS        float64 `json:"query_p50_ms"`
	QueryP90MS        float64 `json:"query_p90_ms"`
	QueryP99MS        float64 `json:"query_p99_ms"`
	QueryMaxMS        float64 `json:"query_max_ms"`
	QPS               float64 `json:"qps"`
	HeapBytes         uint64  `json:"heap_bytes"`
	RSSPeakBytes      int64   `json:"rss_peak_bytes"`
	RSSSteadyBytes    int64   `json:"rss_steady_bytes"`
	ReloadSeconds     float64 `json:"reload_seconds"`
	ReloadQueryP99MS  float64 `json:"reload_query_p99_ms"`
	ReloadFailed      int     `json:"reload_failed_queries"`

	// Context for reading the figures above.
	Source             string      `json:"source"` // "synthetic" or the --corpus folder
	Seed               int64       `json:"seed"`
	Queries            int         `json:"queries"`
	GenerateSeconds    float64     `json:"generate_seconds"`         // making the synthetic files; 0 with --corpus
	LoadSeconds        float64     `json:"load_seconds"`             // reading and splitting the corpus
	ColdStartMS        float64     `json:"cold_start_ms"`            // open_ms plus the first answer
	ColdStartLoaded    bool        `json:"cold_start_loaded_corpus"` // the stamp did not match, so the cold start parsed the corpus
	FirstAnswerMS      float64     `json:"first_answer_ms"`          // the first search after opening
	NoMatchRate        float64     `json:"no_match_rate"`            // share of questions answered with no match
	FailedQueries      int         `json:"failed_queries"`           // searches that returned an error outside the reload
	QPSQueries         int         `json:"qps_queries"`              // searches run to measure qps
	ReloadQueries      int         `json:"reload_queries"`           // searches run while the reload ran
	ReloadArticles     int         `json:"reload_articles"`          // articles served after the reload
	RSSPeakBuildBytes  int64       `json:"rss_peak_build_bytes"`     // peak RSS up to the end of the first build
	RSSPeakServeBytes  int64       `json:"rss_peak_serve_bytes"`     // peak RSS while opening and serving, where Linux can reset the peak
	RSSPeakReloadBytes int64       `json:"rss_peak_reload_bytes"`    // peak RSS during the reload, likewise
	Slowest            []slowQuery `json:"slowest_queries"`          // the slowest questions on one goroutine
	BuildCPUSeconds    float64     `json:"build_cpu_seconds"`        // CPU the process used while building, less sensitive to other load than build_seconds
	QueryCPUMS         float64     `json:"query_cpu_ms"`             // mean CPU per question on one goroutine, GC included
	QueryCPUP50MS      float64     `json:"query_cpu_p50_ms"`         // CPU time of one search, percentiles, where the OS reports it per thread
	QueryCPUP99MS      float64     `json:"query_cpu_p99_ms"`
	QueryCPUMaxMS      float64     `json:"query_cpu_max_ms"`
	ReloadCPUSeconds   float64     `json:"reload_cpu_seconds"` // CPU used during the reload, searches included
	LoadAvgStart       float64     `json:"load_avg_start"`     // 1-minute load average before and after: other work on the machine skews every figure
	LoadAvgEnd         float64     `json:"load_avg_end"`
	GoVersion          string      `json:"go_version"`
	CPUs               int         `json:"cpus"` // GOMAXPROCS
	Version            string      `json:"version"`
}

// slowQuery is one of the slowest questions, for tuning.
type slowQuery struct {
	Question string  `json:"question"`
	MS       float64 `json:"ms"`
}

// runBench measures build, query and reload speed on a synthetic corpus
// (or a real folder with --corpus), through the same Search that ask and
// /ask use.
func runBench(ctx context.Context, e *env, args []string) error {
	cfg, err := loadConfig(e.getenv)
	if err != nil {
		return err
	}
	fs := newFlagSet(e, "bench", "[--articles N] [--seed S] [--queries M] [--corpus DIR] [--index DIR] [--json] [--dump DIR]")
	articles := fs.Int("articles", 1000, "synthetic articles to generate (about 10 passages each)")
	seed := fs.Int64("seed", 1, "seed for the synthetic corpus and the questions")
	queries := fs.Int("queries", 2000, "questions to time")
	corpusDir := fs.String("corpus", "", "bench this article folder instead of a synthetic corpus")
	indexDir := fs.String("index", "", "persist the index in this new or empty folder and keep it (default: a temporary folder, removed)")
	asJSON := fs.Bool("json", false, "print one JSON object instead of a table")
	dump := fs.String("dump", "", "also write the synthetic articles and questions.txt into this folder")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the whole run to this file")
	memProfile := fs.String("memprofile", "", "write a heap profile, taken while serving, to this file")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageErrorf("bench takes no arguments, got %q", fs.Args())
	}
	if *articles < 1 && *corpusDir == "" {
		return usageErrorf("--articles %d: want at least 1", *articles)
	}
	if *queries < 1 {
		return usageErrorf("--queries %d: want at least 1", *queries)
	}
	if e.getenv("LOG_LEVEL") == "" {
		cfg.LogLevel = slog.LevelWarn // the report is the output; index logs only on trouble
	}
	log := newLogger(e.stderr, cfg)

	dir := *indexDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "coveragebot-bench-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		dir = filepath.Join(tmp, "index")
	} else if ents, err := os.ReadDir(dir); err == nil && len(ents) > 0 {
		return usageErrorf("--index %s is not empty: bench builds a fresh index there", dir)
	}

	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("start cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}

	b := &bench{
		ctx: ctx, log: log, dir: dir, seed: *seed, corpusDir: *corpusDir, n: *articles,
		r: benchReport{Seed: *seed, GoVersion: runtime.Version(), CPUs: runtime.GOMAXPROCS(0), Version: version()},
	}
	b.r.LoadAvgStart = loadAverage()
	if err := b.run(*queries, *dump, *memProfile); err != nil {
		return fmt.Errorf("bench: %w", err)
	}
	b.r.LoadAvgEnd = loadAverage()
	if *asJSON {
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(b.r)
	}
	return printBench(e, b.r)
}

// bench is one run of the benchmark.
type bench struct {
	ctx       context.Context
	log       *slog.Logger
	dir       string // where the index is persisted
	seed      int64
	corpusDir string // the folder benched: --corpus, or the synthetic corpus written out
	n         int    // synthetic articles
	r         benchReport
}

func (b *bench) run(queries int, dump, memProfile string) error {
	// Make or read the corpus. A synthetic corpus is written to a temporary
	// folder and read from there like a real one, so that the stamp, the
	// load and the reload take the path a server takes.
	var files []synth.File
	if b.corpusDir == "" {
		t := time.Now()
		files = synth.Generate(b.n, b.seed)
		b.r.GenerateSeconds = seconds(time.Since(t))
		b.r.CorpusBytes = synth.Size(files)
		b.r.Source = "synthetic"
		tmp, err := os.MkdirTemp("", "coveragebot-bench-corpus-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		b.corpusDir = tmp
		if err := synth.WriteDir(b.corpusDir, files); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	} else {
		size, err := folderBytes(b.corpusDir, func(p string) bool {
			return strings.HasSuffix(p, ".md") || filepath.Base(p) == corpus.SynonymsFile
		})
		if err != nil {
			return err
		}
		b.r.CorpusBytes = size
		b.r.Source = b.corpusDir
	}
	loads := 0
	load := func() (*corpus.Corpus, error) {
		loads++
		return loadCorpus(b.corpusDir)
	}
	t := time.Now()
	c, err := load()
	if err != nil {
		return fmt.Errorf("load corpus: %w", err)
	}
	b.r.LoadSeconds = seconds(time.Since(t))
	b.r.Articles, b.r.Passages = len(c.Articles), c.PassageCount()

	var texts []string
	for _, a := range c.Articles {
		for _, p := range a.Passages {
			texts = append(texts, p.Text)
		}
	}
	qs := synth.Questions(texts, queries, b.seed)
	b.r.Queries = len(qs)
	if dump != "" {
		if err := writeDump(dump, files, qs); err != nil {
			return fmt.Errorf("dump: %w", err)
		}
	}
	files = nil // a server keeps the corpus, not the files it came from

	// Build the persisted index, as a first start with INDEX_DIR does.
	dir := b.corpusDir
	opts := search.Options{Logger: b.log, Dir: b.dir, Stamp: func() (string, error) { return corpus.Stamp(dir) }}
	var ix *search.Index
	t = time.Now()
	cpu, err := phase(b.ctx, "build", func() (err error) {
		ix, err = search.Open(b.ctx, opts, func() (*corpus.Corpus, error) { return c, nil })
		return err
	})
	if err != nil {
		return fmt.Errorf("build index: %w", err)
	}
	build := time.Since(t)
	b.r.RSSPeakBuildBytes = procStatus("VmHWM")
	resetPeakRSS()
	b.r.BuildSeconds = seconds(build)
	b.r.BuildCPUSeconds = seconds(cpu)
	b.r.PassagesPerSecond = round(float64(b.r.Passages)/build.Seconds(), 0)
	err = ix.Close()
	ix = nil
	if err != nil {
		return fmt.Errorf("close index: %w", err)
	}
	if b.r.IndexBytes, err = folderBytes(b.dir, nil); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}

	// Cold start, as a restart with INDEX_DIR: stamp the corpus folder, open
	// the persisted index (which parses the corpus only when the stamp
	// differs), answer.
	c = nil
	runtime.GC()
	loads = 0
	_, err = phase(b.ctx, "open", func() (err error) {
		t := time.Now()
		if ix, err = search.Open(b.ctx, opts, load); err != nil {
			return fmt.Errorf("open index: %w", err)
		}
		b.r.OpenMS = ms(time.Since(t))
		t3 := time.Now()
		if _, err := ix.Search(b.ctx, corpus.Query{Text: qs[0], Limit: 3}); err != nil {
			return fmt.Errorf("first search: %w", err)
		}
		b.r.FirstAnswerMS = ms(time.Since(t3))
		b.r.ColdStartMS = ms(time.Since(t))
		return nil
	})
	if ix != nil {
		defer ix.Close()
	}
	if err != nil {
		return err
	}
	b.r.ColdStartLoaded = loads > 0

	// Start timing questions from a clean heap: garbage left by the build
	// would otherwise be collected during the timed questions, and bill
	// them for work a server did once at start.
	debug.FreeOSMemory()

	if cpu, err = phase(b.ctx, "query", func() error { return b.queries(ix, qs) }); err != nil {
		return err
	}
	// The warm-up runs up to 200 more questions in the same phase.
	b.r.QueryCPUMS = ms(cpu / time.Duration(len(qs)+min(len(qs), 200)))
	if _, err := phase(b.ctx, "qps", func() error { return b.throughput(ix, qs) }); err != nil {
		return err
	}

	b.r.RSSPeakServeBytes = procStatus("VmHWM")
	debug.FreeOSMemory()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	b.r.HeapBytes = m.HeapAlloc
	b.r.RSSSteadyBytes = procStatus("VmRSS")
	if memProfile != "" {
		if err := writeHeapProfile(memProfile); err != nil {
			return err
		}
	}

	resetPeakRSS()
	if cpu, err = phase(b.ctx, "reload", func() error { return b.reload(ix, qs) }); err != nil {
		return err
	}
	b.r.ReloadCPUSeconds = seconds(cpu)
	b.r.RSSPeakReloadBytes = procStatus("VmHWM")
	b.r.RSSPeakBytes = max(b.r.RSSPeakBuildBytes, b.r.RSSPeakServeBytes, b.r.RSSPeakReloadBytes)
	return nil
}

// queries times every question on one goroutine, after a warm-up.
func (b *bench) queries(ix *search.Index, qs []string) error {
	for _, q := range qs[:min(len(qs), 200)] {
		if _, err := ix.Search(b.ctx, corpus.Query{Text: q, Limit: 3}); err != nil {
			b.r.FailedQueries++
		}
	}
	// On a thread of its own, the CPU each search uses is measured beside
	// its wall time: on a shared machine, other processes stretch the wall
	// time of a search by whole scheduler slices, not its CPU time.
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	lat := make([]time.Duration, 0, len(qs))
	cpuLat := make([]time.Duration, 0, len(qs))
	noMatch := 0
	for _, q := range qs {
		if err := b.ctx.Err(); err != nil {
			return err
		}
		c0, cpuKnown := threadCPUTime()
		t := time.Now()
		ans, err := ix.Search(b.ctx, corpus.Query{Text: q, Limit: 3})
		d := time.Since(t)
		if c1, ok := threadCPUTime(); ok && cpuKnown {
			cpuLat = append(cpuLat, c1-c0)
		}
		lat = append(lat, d)
		b.r.Slowest = keepSlowest(b.r.Slowest, slowQuery{q, ms(d)}, 5)
		switch {
		case err != nil:
			b.r.FailedQueries++
			b.log.Warn("bench query failed", "question", q, "err", err)
		case ans.NoMatch:
			noMatch++
		}
	}
	b.r.NoMatchRate = round(float64(noMatch)/float64(len(qs)), 4)
	slices.Sort(lat)
	b.r.QueryP50MS = ms(percentile(lat, 0.50))
	b.r.QueryP90MS = ms(percentile(lat, 0.90))
	b.r.QueryP99MS = ms(percentile(lat, 0.99))
	b.r.QueryMaxMS = ms(lat[len(lat)-1])
	if len(cpuLat) > 0 {
		slices.Sort(cpuLat)
		b.r.QueryCPUP50MS = ms(percentile(cpuLat, 0.50))
		b.r.QueryCPUP99MS = ms(percentile(cpuLat, 0.99))
		b.r.QueryCPUMaxMS = ms(cpuLat[len(cpuLat)-1])
	}
	return nil
}

// throughput runs a fixed number of searches on GOMAXPROCS goroutines.
func (b *bench) throughput(ix *search.Index, qs []string) error {
	total := max(len(qs), 1000)
	var next, failed atomic.Int64
	var wg sync.WaitGroup
	t := time.Now()
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1)) - 1
				if i >= total || b.ctx.Err() != nil {
					return
				}
				if _, err := ix.Search(b.ctx, corpus.Query{Text: qs[i%len(qs)], Limit: 3}); err != nil {
					failed.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	if err := b.ctx.Err(); err != nil {
		return err
	}
	b.r.QPS = round(float64(total)/time.Since(t).Seconds(), 0)
	b.r.QPSQueries = total
	b.r.FailedQueries += int(failed.Load())
	return nil
}

// reload rebuilds the index while one goroutine keeps searching. A
// synthetic corpus comes back with about 1% more articles, as when
// moderators add a few; a real folder is read again as it is.
func (b *bench) reload(ix *search.Index, qs []string) error {
	if b.r.Source == "synthetic" {
		more := synth.Generate(b.n+max(1, b.n/100), b.seed)[b.n:]
		if err := synth.WriteDir(b.corpusDir, more); err != nil {
			return fmt.Errorf("write corpus: %w", err)
		}
	}
	load := func() (*corpus.Corpus, error) { return loadCorpus(b.corpusDir) }
	var (
		stop    atomic.Bool
		lat     []time.Duration
		failed  int
		running = make(chan struct{})
		done    = make(chan struct{})
	)
	go func() {
		defer close(done)
		for i := 0; ; i++ {
			t := time.Now()
			_, err := ix.Search(b.ctx, corpus.Query{Text: qs[i%len(qs)], Limit: 3})
			lat = append(lat, time.Since(t))
			if err != nil {
				failed++
				b.log.Warn("bench query failed during reload", "err", err)
			}
			if i == 0 {
				close(running)
			}
			if stop.Load() || b.ctx.Err() != nil {
				return
			}
		}
	}()
	<-running
	t := time.Now()
	ch, err := ix.Reload(b.ctx, load)
	b.r.ReloadSeconds = seconds(time.Since(t))
	stop.Store(true)
	<-done
	if err != nil {
		return fmt.Errorf("reload: %w", err)
	}
	slices.Sort(lat)
	b.r.ReloadQueryP99MS = ms(percentile(lat, 0.99))
	b.r.ReloadFailed = failed
	b.r.ReloadQueries = len(lat)
	b.r.ReloadArticles = ch.Articles
	return nil
}

// keepSlowest adds q to slow, sorted slowest first, keeping at most n.
func keepSlowest(slow []slowQuery, q slowQuery, n int) []slowQuery {
	i, _ := slices.BinarySearchFunc(slow, q, func(a, b slowQuery) int {
		return -cmp.Compare(a.MS, b.MS) // slowest first
	})
	if i >= n {
		return slow
	}
	slow = slices.Insert(slow, i, q)
	return slow[:min(len(slow), n)]
}

// phase runs f with the pprof label phase=name, which goroutines started
// inside f inherit, so that a CPU profile can be cut by phase:
// go tool pprof -tagfocus=phase=query. It returns the CPU time the process
// used meanwhile, 0 where that is unknown.
func phase(ctx context.Context, name string, f func() error) (time.Duration, error) {
	var err error
	start := cpuTime()
	pprof.Do(ctx, pprof.Labels("phase", name), func(context.Context) { err = f() })
	return cpuTime() - start, err
}

// cpuTime returns the user and system CPU time of the process so far, from
// /proc/self/stat (in USER_HZ ticks, 100 a second on Linux), or 0.
func cpuTime() time.Duration {
	data, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	i := strings.LastIndexByte(string(data), ')') // the command name may hold spaces
	if i < 0 {
		return 0
	}
	f := strings.Fields(string(data[i+1:])) // f[0] is field 3, state; utime and stime are fields 14 and 15
	if len(f) < 13 {
		return 0
	}
	user, err1 := strconv.ParseInt(f[11], 10, 64)
	sys, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0
	}
	return time.Duration(user+sys) * (time.Second / 100)
}

// percentile returns the nearest-rank percentile of sorted durations.
func percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}

func ms(d time.Duration) float64      { return round(float64(d)/float64(time.Millisecond), 3) }
func seconds(d time.Duration) float64 { return round(d.Seconds(), 3) }

func round(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}

// folderBytes adds up the sizes of the regular files under dir that keep
// accepts (all when keep is nil).
func folderBytes(dir string, keep func(path string) bool) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() || (keep != nil && !keep(p)) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		n += info.Size()
		return nil
	})
	return n, err
}

// procStatus reads a size field such as VmRSS from /proc/self/status, in
// bytes; 0 where there is no such file.
func procStatus(field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		rest, ok := strings.CutPrefix(line, field+":")
		if !ok {
			continue
		}
		f := strings.Fields(rest) // "123456 kB"
		if len(f) == 2 && f[1] == "kB" {
			if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
				return kb << 10
			}
		}
	}
	return 0
}

// loadAverage returns the 1-minute load average from /proc/loadavg, or 0.
func loadAverage() float64 {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(data))
	if len(f) == 0 {
		return 0
	}
	v, _ := strconv.ParseFloat(f[0], 64)
	return v
}

// resetPeakRSS asks Linux to restart VmHWM from the current RSS, so that
// each phase reports its own peak. Where that fails the peaks add up, which
// only makes later phases report the earlier peak too.
func resetPeakRSS() {
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

func writeHeapProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	runtime.GC()
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return fmt.Errorf("write heap profile: %w", err)
	}
	return f.Close()
}

// writeDump writes the synthetic articles (none with --corpus, whose files
// already exist) and the questions, one a line, for other engines.
func writeDump(dir string, files []synth.File, qs []string) error {
	if err := synth.WriteDir(dir, files); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "questions.txt"), []byte(strings.Join(qs, "\n")+"\n"), 0o644)
}

// printBench prints the report as an aligned table, with the targets set
// for 10,000 articles beside the figures they apply to.
func printBench(e *env, r benchReport) error {
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	mb := func(n int64) string {
		if n < 1<<20 {
			return fmt.Sprintf("%.1f KB", float64(n)/(1<<10))
		}
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	rows := [][3]string{
		{"source", r.Source, ""},
		{"articles", strconv.Itoa(r.Articles), ""},
		{"passages", strconv.Itoa(r.Passages), ""},
		{"corpus", mb(r.CorpusBytes), ""},
		{"generate", fmt.Sprintf("%.2f s", r.GenerateSeconds), ""},
		{"load corpus", fmt.Sprintf("%.2f s", r.LoadSeconds), ""},
		{"build", fmt.Sprintf("%.2f s", r.BuildSeconds), ""},
		{"build rate", fmt.Sprintf("%.0f passages/s (%.2f s of CPU)", r.PassagesPerSecond, r.BuildCPUSeconds), "≥ 5000"},
		{"index on disk", mb(r.IndexBytes), ""},
		{"open index", fmt.Sprintf("%.1f ms", r.OpenMS), ""},
		{"cold start to first answer", fmt.Sprintf("%.1f ms", r.ColdStartMS), "≤ 300 ms"},
		{"queries", fmt.Sprintf("%d (%.1f%% no match, %d failed)", r.Queries, 100*r.NoMatchRate, r.FailedQueries), ""},
		{"query p50", fmt.Sprintf("%.3f ms", r.QueryP50MS), "≤ 1 ms"},
		{"query p90", fmt.Sprintf("%.3f ms", r.QueryP90MS), ""},
		{"query p99", fmt.Sprintf("%.3f ms", r.QueryP99MS), "≤ 5 ms"},
		{"query max", fmt.Sprintf("%.3f ms", r.QueryMaxMS), ""},
		{"query CPU", fmt.Sprintf("%.3f ms per question, mean", r.QueryCPUMS), ""},
		{"query CPU p50 / p99 / max", fmt.Sprintf("%.3f / %.3f / %.3f ms", r.QueryCPUP50MS, r.QueryCPUP99MS, r.QueryCPUMaxMS), ""},
		{"throughput", fmt.Sprintf("%.0f queries/s on %d CPUs", r.QPS, r.CPUs), ""},
		{"heap", mb(int64(r.HeapBytes)), ""},
		{"RSS steady", mb(r.RSSSteadyBytes), "≤ 400 MB"},
		{"RSS peak", fmt.Sprintf("%s (build %s, serve %s, reload %s)", mb(r.RSSPeakBytes),
			mb(r.RSSPeakBuildBytes), mb(r.RSSPeakServeBytes), mb(r.RSSPeakReloadBytes)), ""},
		{"reload", fmt.Sprintf("%.2f s (%.2f s of CPU, searches included)", r.ReloadSeconds, r.ReloadCPUSeconds), ""},
		{"query p99 during reload", fmt.Sprintf("%.3f ms (%d queries, %d failed)", r.ReloadQueryP99MS, r.ReloadQueries, r.ReloadFailed),
			fmt.Sprintf("≤ %.3f ms, 0 failed", 3*r.QueryP99MS)},
	}
	fmt.Fprintf(e.stdout, "coveragebot %s, %s, %d CPUs, seed %d, load average %.2f before, %.2f after\n",
		r.Version, r.GoVersion, r.CPUs, r.Seed, r.LoadAvgStart, r.LoadAvgEnd)
	fmt.Fprintln(tw, "measure\tvalue\ttarget at 10,000 articles")
	for _, row := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", row[0], row[1], row[2])
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, "slowest questions:")
	for _, q := range r.Slowest {
		fmt.Fprintf(e.stdout, "  %8.3f ms  %q\n", q.MS, q.Question)
	}
	return nil
}
