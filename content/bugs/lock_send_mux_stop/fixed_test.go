// Fixed kernel lock_send_mux_stop: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs lock_send_mux_stop --fix`).
package bugs

import (
	"sync"
	"testing"
)

type watcher struct {
	result  chan int
	stopped chan struct{}
}

type mux struct {
	mu       sync.Mutex
	watchers map[int]*watcher
	incoming chan int
	done     chan struct{}
}

func newMux() *mux {
	m := &mux{watchers: map[int]*watcher{}, incoming: make(chan int, 4), done: make(chan struct{})}
	go m.loop()
	return m
}

func (m *mux) loop() {
	defer close(m.done)
	for ev := range m.incoming {
		m.distribute(ev)
	}
}

func (m *mux) distribute(ev int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, w := range m.watchers {
		select {
		case w.result <- ev:
		case <-w.stopped:
		}
	}
}

func (m *mux) watch(id int) *watcher {
	m.mu.Lock()
	defer m.mu.Unlock()
	w := &watcher{result: make(chan int), stopped: make(chan struct{})}
	m.watchers[id] = w
	return w
}

func (m *mux) stopWatching(id int, w *watcher) {
	close(w.stopped)
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.watchers, id)
}

func TestMuxWatcherStop(t *testing.T) {
	m := newMux()
	w := m.watch(1)
	m.incoming <- 1
	m.incoming <- 2
	done := make(chan struct{})
	go func() {
		<-w.result
		m.stopWatching(1, w)
		close(done)
	}()
	<-done
	close(m.incoming)
	<-m.done
}
