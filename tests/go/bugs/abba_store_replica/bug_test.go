// Bug kernel abba_store_replica (class: lock order inversion, AB-BA).
// Modelled on the class of AB-BA deadlocks that GoBench collects from
// CockroachDB (cockroach#10214, cockroach#7504): one path takes the store's
// lock and then a replica's lock (e.g. to remove a replica), another takes
// the replica's lock and then the store's (e.g. a replica reporting its new
// range descriptor back to the store).
// Breaking schedule: the two paths interleave after their first lock. The
// window is a few instructions wide, so plain runs rarely hit it.
// Shows as: a deadlock (watchdog fails the test) on rare runs.
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
