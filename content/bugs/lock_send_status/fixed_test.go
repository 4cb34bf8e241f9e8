// Fixed kernel lock_send_status: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs lock_send_status --fix`).
package bugs

import (
	"sync"
	"testing"
	"time"
)

type statusManager struct {
	mu       sync.Mutex
	statuses map[int]int
	updates  chan int
}

func (m *statusManager) SetStatus(pod, s int) {
	m.mu.Lock()
	m.statuses[pod] = s
	m.mu.Unlock()
	m.updates <- pod
}

func (m *statusManager) GetStatus(pod int) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.statuses[pod]
}

func (m *statusManager) syncLoop(synced chan<- int) {
	for pod := range m.updates {
		time.Sleep(time.Millisecond)
		synced <- m.GetStatus(pod)
	}
	close(synced)
}

func TestStatusManager(t *testing.T) {
	m := &statusManager{statuses: map[int]int{}, updates: make(chan int, 1)}
	synced := make(chan int, 3)
	go m.syncLoop(synced)
	for pod := 1; pod <= 3; pod++ {
		m.SetStatus(pod, pod*10)
	}
	close(m.updates)
	n := 0
	for range synced {
		n++
	}
	if n != 3 {
		t.Errorf("synced %d updates, want 3", n)
	}
}
