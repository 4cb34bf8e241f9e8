// Bug kernel lock_send_status (lock held across a channel send), modelled on
// class: kubelet status manager (GoBench "Channel & Lock").
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs lock_send_status`.
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
	defer m.mu.Unlock()
	m.statuses[pod] = s
	m.updates <- pod // send while holding m.mu: the bug
}

func (m *statusManager) GetStatus(pod int) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.statuses[pod]
}

func (m *statusManager) syncLoop(synced chan<- int) {
	for pod := range m.updates {
		time.Sleep(time.Millisecond) // talk to the apiserver
		synced <- m.GetStatus(pod)
	}
	close(synced)
}

func TestStatusManager(t *testing.T) {
	m := &statusManager{statuses: map[int]int{}, updates: make(chan int, 1)}
	synced := make(chan int, 3)
	go m.syncLoop(synced)
	done := make(chan struct{})
	go func() {
		for pod := 1; pod <= 3; pod++ {
			m.SetStatus(pod, pod*10)
		}
		close(m.updates)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(200 * time.Millisecond):
		t.Fatal("deadlock: SetStatus blocks in send holding the lock")
	}
	n := 0
	for range synced {
		n++
	}
	if n != 3 {
		t.Errorf("synced %d updates, want 3", n)
	}
}
