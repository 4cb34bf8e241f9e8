// Fixed kernel lock_send_done: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs lock_send_done --fix`).
package bugs

import (
	"sync"
	"testing"
)

type monitor struct {
	mu     sync.Mutex
	events int
	done   chan struct{}
}

func (m *monitor) finish() {
	m.mu.Lock()
	m.events++
	m.mu.Unlock()
	m.done <- struct{}{}
}

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
	n := m.waitDone()
	if n > 1 {
		t.Errorf("events %d, want at most 1", n)
	}
}
