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
// that part, and the build loop idle for all of it.
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

func (bt *batcher) failed() error {
	bt.mu.Lock()
	defer bt.mu.Unlock()
	return bt.err
}
