// Fixed kernel race_counter: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs race_counter --fix`).
package bugs

import (
	"sync"
	"sync/atomic"
	"testing"
)

type serverStats struct {
	recvCount int64
}

func (s *serverStats) RecvAppendReq() { atomic.AddInt64(&s.recvCount, 1) }

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
	if n := atomic.LoadInt64(&s.recvCount); n != 4000 {
		t.Errorf("recvCount %d, want 4000", n)
	}
}
