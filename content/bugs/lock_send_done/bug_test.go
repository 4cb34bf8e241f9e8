// Bug kernel lock_send_done (lock held across a channel send), modelled on
// istio#16224.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs lock_send_done`.
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
