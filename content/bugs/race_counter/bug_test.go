// Bug kernel race_counter (data race on a shared struct field or map),
// modelled on class: etcd/Kubernetes stats counters.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs race_counter`.
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
