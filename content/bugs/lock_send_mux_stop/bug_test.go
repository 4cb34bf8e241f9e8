// Bug kernel lock_send_mux_stop (lock held across a channel send), modelled
// on kubernetes#1321.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs lock_send_mux_stop`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type mux struct {
	mu       sync.Mutex
	watchers map[int]chan int
	incoming chan int
}

func newMux() *mux {
	m := &mux{watchers: map[int]chan int{}, incoming: make(chan int, 4)}
	go m.loop()
	return m
}

func (m *mux) loop() {
	for ev := range m.incoming {
		m.distribute(ev)
	}
}

// distribute holds m.mu while it sends: the bug.
func (m *mux) distribute(ev int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, w := range m.watchers {
		w <- ev
	}
}

func (m *mux) watch(id int) chan int {
	m.mu.Lock()
	defer m.mu.Unlock()
	ch := make(chan int)
	m.watchers[id] = ch
	return ch
}

func (m *mux) stopWatching(id int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.watchers, id)
}

func TestMuxWatcherStop(t *testing.T) {
	m := newMux()
	ch := m.watch(1)
	m.incoming <- 1
	m.incoming <- 2
	done := make(chan struct{})
	go func() {
		<-ch // take one event, then lose interest
		m.stopWatching(1)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(200 * time.Millisecond):
		t.Fatal("deadlock: distribute holds the lock while Stop waits for it")
	}
	close(m.incoming)
}
