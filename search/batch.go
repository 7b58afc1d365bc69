package search

import (
	"fmt"
	"runtime"
	"sync"

	"github.com/blevesearch/bleve/v2"
)

// batcher hands the batches of a build to bleve on goroutines of its own,
// at most one per core at a time. scorch analyzes a batch on its worker
// pool but then builds the batch's segment on the calling goroutine, on one
// core; sending batches from one goroutine left the other cores idle for
// that part, and the build loop idle for all of it. A background batcher
// (a reload) does the opposite: it indexes on the build's own goroutine,
// so that a reload keeps about one core busy and searches have the rest.
type batcher struct {
	idx  bleve.Index
	stop func() error
	sem  chan struct{}
	wg   sync.WaitGroup

	mu  sync.Mutex
	err error // the first batch that failed
}

// newBatcher returns a batcher for idx; a background one sends one batch at
// a time.
// bleve analyzes the documents of every batch on one process-wide pool of
// goroutines, four by default; each index takes the pool in use when it is
// created, so it is sized once, before any. One worker fewer than the
// cores leaves a core to searches while a reload analyzes.
func init() {
	bleve.Config.SetAnalysisQueueSize(max(1, runtime.GOMAXPROCS(0)-1))
}

func newBatcher(idx bleve.Index, stop func() error, background bool) *batcher {
	n := max(1, runtime.GOMAXPROCS(0))
	if background {
		n = 1
	}
	return &batcher{idx: idx, stop: stop, sem: make(chan struct{}, n)}
}

// send checks stop and earlier batches, then indexes b in the background.
// It blocks while every slot is busy.
func (bt *batcher) send(b *bleve.Batch) error {
	if err := bt.failed(); err != nil {
		return err
	}
	if bt.stop != nil {
		if err := bt.stop(); err != nil {
			return err
		}
	}
	if b.Size() == 0 {
		return nil
	}
	if cap(bt.sem) == 1 {
		// in the background, index on the build's goroutine, which then
		// waits: the build uses one goroutine at a time
		if err := bt.idx.Batch(b); err != nil {
			bt.mu.Lock()
			bt.err = fmt.Errorf("index batch: %w", err)
			bt.mu.Unlock()
			return bt.err
		}
		return nil
	}
	bt.sem <- struct{}{}
	bt.wg.Add(1)
	go func() {
		defer func() {
			<-bt.sem
			bt.wg.Done()
		}()
		if err := bt.idx.Batch(b); err != nil {
			bt.mu.Lock()
			if bt.err == nil {
				bt.err = fmt.Errorf("index batch: %w", err)
			}
			bt.mu.Unlock()
		}
	}()
	return nil
}

// wait returns once every batch sent is indexed, with the first error.
func (bt *batcher) wait() error {
	bt.wg.Wait()
	return bt.failed()
}

// diskConfig is the scorch configuration of a build into the folder path:
// batches return once in memory instead of once on disk (persisted waits
// for the disk at the end), so that building is not paced by the persister.
func diskConfig(path string) map[string]interface{} {
	if path == "" {
		return nil
	}
	return map[string]interface{}{"unsafe_batch": true}
}

// persisted returns once everything indexed so far is on disk. Call it
// after wait.
func (bt *batcher) persisted() error {
	done := make(chan error, 1)
	b := bt.idx.NewBatch()
	b.SetInternal([]byte("coveragebot_built"), []byte{1})
	b.SetPersistedCallback(func(err error) { done <- err })
	if err := bt.idx.Batch(b); err != nil {
		return fmt.Errorf("index batch: %w", err)
	}
	if err := <-done; err != nil {
		return fmt.Errorf("persist index: %w", err)
	}
	return nil
}

func (bt *batcher) failed() error {
	bt.mu.Lock()
	defer bt.mu.Unlock()
	return bt.err
}
