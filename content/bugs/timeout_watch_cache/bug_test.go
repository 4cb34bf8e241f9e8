// Bug kernel timeout_watch_cache (channel with no receiver after a timeout
// (leak)), modelled on kubernetes#38669.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs timeout_watch_cache`.
package bugs

import (
	"testing"
	"time"
)

type cacheWatcher struct {
	result chan int      // events for the watch server
	stopCh chan struct{} // closed by Stop
}

func newCacheWatcher(events []int) *cacheWatcher {
	w := &cacheWatcher{result: make(chan int, 1), stopCh: make(chan struct{})}
	go w.process(events)
	return w
}

// process sends every event; it does not look at stopCh while sending.
func (w *cacheWatcher) process(events []int) {
	for _, e := range events {
		time.Sleep(time.Millisecond)
		w.result <- e
	}
	close(w.result)
}

func (w *cacheWatcher) Stop() { close(w.stopCh) }

// serveWatch reads events until the channel ends or the timeout fires.
func serveWatch(w *cacheWatcher, timeout time.Duration) int {
	n := 0
	deadline := time.After(timeout)
	defer w.Stop()
	for {
		select {
		case _, ok := <-w.result:
			if !ok {
				return n
			}
			n++
		case <-deadline:
			return n
		}
	}
}

func TestWatchTimeout(t *testing.T) {
	w := newCacheWatcher([]int{1, 2, 3, 4})
	n := serveWatch(w, 3*time.Millisecond)
	if n > 4 {
		t.Errorf("got %d events, want at most 4", n)
	}
}
