// Bug kernel abba_store_replica (lock order inversion (AB-BA)), modelled on
// class: cockroach#10214, cockroach#7504.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs abba_store_replica`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type replica struct {
	mu   sync.Mutex
	desc int
}

type store struct {
	mu       sync.Mutex
	replicas map[int]*replica
}

// removeReplica: store, then replica.
func (s *store) removeReplica(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.replicas[id]
	r.mu.Lock()
	r.desc = -1
	r.mu.Unlock()
}

// setDesc: replica, then store.
func (r *replica) setDesc(s *store, id, d int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.desc = d
	s.mu.Lock()
	s.replicas[id] = r
	s.mu.Unlock()
}

func TestStoreReplica(t *testing.T) {
	r := &replica{}
	s := &store{replicas: map[int]*replica{1: r}}
	done := make(chan struct{}, 2)
	go func() {
		for i := 0; i < 100; i++ {
			s.removeReplica(1)
		}
		done <- struct{}{}
	}()
	go func() {
		for i := 0; i < 100; i++ {
			r.setDesc(s, 1, i)
		}
		done <- struct{}{}
	}()
	for i := 0; i < 2; i++ {
		select {
		case <-done:
		case <-time.After(200 * time.Millisecond):
			t.Fatal("deadlock: store and replica locks taken in opposite orders")
		}
	}
}
