// Fixed kernel timeout_watch_cache: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs timeout_watch_cache --fix`).
package bugs

import (
	"testing"
	"time"
)

type cacheWatcher struct {
	result chan int      // events for the watch server
	stopCh chan struct{} // closed by Stop
	done   chan struct{} // closed when process returns
}

func newCacheWatcher(events []int) *cacheWatcher {
	w := &cacheWatcher{result: make(chan int, 1), stopCh: make(chan struct{}), done: make(chan struct{})}
	go w.process(events)
	return w
}

func (w *cacheWatcher) process(events []int) {
	defer close(w.done)
	defer close(w.result)
	for _, e := range events {
		time.Sleep(time.Millisecond)
		select {
		case w.result <- e:
		case <-w.stopCh:
			return
		}
	}
}

func (w *cacheWatcher) Stop() { close(w.stopCh) }

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
	<-w.done
}
