// Bug kernel lock_send_status (class: lock held across a channel send).
// Modelled on the class of kubelet status-manager deadlocks that GoBench files
// under "Channel & Lock": SetStatus updated a map under the manager's lock and
// queued the update on a small buffered channel while still holding the
// lock; the sync loop, handling an update, read the map through GetStatus,
// which takes the same lock.
// Breaking schedule: the sync loop takes update 1 and is slow; updates 2 and
// 3 arrive, the buffer is full, SetStatus blocks in the send holding the
// lock, and the sync loop blocks in GetStatus.
// Shows as: a deadlock (watchdog fails the test) on almost every run: the
// setters never sleep, so they fill the buffer while the sync loop does.
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
