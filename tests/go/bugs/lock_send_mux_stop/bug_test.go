// Bug kernel lock_send_mux_stop (class: lock held across a channel send).
// Modelled on: kubernetes#1321 (watch.Mux). The mux's distribute held the
// mux lock while sending each event to every watcher's result channel. A
// watcher that stopped reading and called Stop needed the same lock to
// unregister itself.
// Breaking schedule: the watcher takes event 1 and goes to Stop; the mux
// takes the lock for event 2 first and blocks sending to the watcher, which
// is now blocked on the lock.
// Shows as: a deadlock between the two goroutines (the test's watchdog
// reports it and they leak) when distribute wins the lock, which in
// practice is almost every run.
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
