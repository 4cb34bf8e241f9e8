// Bug kernel lock_send_done (class: lock held across a channel send).
// Modelled on: istio#16224 (pilot's in-memory config store monitor). The
// monitor acquired its lock and then sent on an unbuffered done channel; the
// goroutine that receives from done first acquired the same lock.
// Breaking schedule: the monitor takes the lock before the receiver; it then
// blocks on the send while the receiver blocks on the lock.
// Shows as: a deadlock of both goroutines (the watchdog fails the test), on
// the runs where the monitor locks first.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type monitor struct {
	mu     sync.Mutex
	events int
	done   chan struct{}
}

// finish records the last event and reports completion, holding the lock.
func (m *monitor) finish() {
	m.mu.Lock()
	m.events++
	m.done <- struct{}{}
	m.mu.Unlock()
}

// waitDone reads the event count, then waits for the monitor.
func (m *monitor) waitDone() int {
	m.mu.Lock()
	n := m.events
	m.mu.Unlock()
	<-m.done
	return n
}

func TestMonitorDone(t *testing.T) {
	m := &monitor{done: make(chan struct{})}
	go m.finish()
	res := make(chan int)
	go func() { res <- m.waitDone() }()
	select {
	case n := <-res:
		if n > 1 {
			t.Errorf("events %d, want at most 1", n)
		}
	case <-time.After(200 * time.Millisecond):
		t.Fatal("deadlock: finish holds the lock while sending on done")
	}
}
