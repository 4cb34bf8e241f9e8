// Fixed kernel abba_store_replica: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs abba_store_replica --fix`).
package bugs

import (
	"sync"
	"testing"
)

type replica struct {
	mu   sync.Mutex
	desc int
}

type store struct {
	mu       sync.Mutex
	replicas map[int]*replica
}

func (s *store) removeReplica(id int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := s.replicas[id]
	r.mu.Lock()
	r.desc = -1
	r.mu.Unlock()
}

func (r *replica) setDesc(s *store, id, d int) {
	r.mu.Lock()
	r.desc = d
	r.mu.Unlock()
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
	<-done
	<-done
}
