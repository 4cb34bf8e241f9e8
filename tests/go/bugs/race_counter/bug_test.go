// Bug kernel race_counter (class: data race on a shared struct field, lost
// updates).
// Modelled on the class of statistics races that GoBench collects from etcd
// and Kubernetes (e.g. its etcd "Data race" kernels): request counters in a
// shared stats struct incremented with ++ from every request goroutine.
// Breaking schedule: two goroutines read the same old value and both write
// old+1.
// Shows as: a race report under -race on every run; a failed assertion
// (count lower than the number of requests) on some runs without -race.
package bugs

import (
	"sync"
	"testing"
)

type serverStats struct {
	recvCount int
}

func (s *serverStats) RecvAppendReq() { s.recvCount++ }

func TestServerStats(t *testing.T) {
	s := &serverStats{}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				s.RecvAppendReq()
			}
		}()
	}
	wg.Wait()
	if s.recvCount != 4000 {
		t.Errorf("recvCount %d, want 4000", s.recvCount)
	}
}
