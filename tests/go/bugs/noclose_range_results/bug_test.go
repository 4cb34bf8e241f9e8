// Bug kernel noclose_range_results (class: missing close, range never ends).
// Modelled on the class of fan-in collectors (target scrapes, per-node
// queries) in projects such as Prometheus and Kubernetes: workers send their
// results on a shared channel, the caller ranges over it, and nobody closes
// the channel once every worker is done.
// Breaking schedule: every schedule; after the last result the range waits
// for a value or a close that never comes.
// Shows as: a deterministic deadlock of the collector (watchdog fails the
// test; the collector leaks).
package bugs

import (
	"sync"
	"testing"
	"time"
)

func collect(targets []int) int {
	results := make(chan int)
	var wg sync.WaitGroup
	for _, tg := range targets {
		tg := tg
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- tg * 10
		}()
	}
	sum := 0
	for r := range results { // nobody closes results: the bug
		sum += r
	}
	wg.Wait()
	return sum
}

func TestCollect(t *testing.T) {
	done := make(chan int)
	go func() { done <- collect([]int{1, 2, 3}) }()
	select {
	case s := <-done:
		if s != 60 {
			t.Errorf("sum %d, want 60", s)
		}
	case <-time.After(100 * time.Millisecond):
		t.Fatal("range over results never ends: the channel is never closed")
	}
}
