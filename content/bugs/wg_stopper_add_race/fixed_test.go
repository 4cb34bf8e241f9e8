// Fixed kernel wg_stopper_add_race: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs wg_stopper_add_race --fix`).
package bugs

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type stopper struct {
	mu       sync.Mutex
	stopping bool
	wg       sync.WaitGroup
	stopper  chan struct{}
	stopped  int32
	late     int32
}

func (s *stopper) RunWorker(f func()) bool {
	s.mu.Lock()
	if s.stopping {
		s.mu.Unlock()
		return false
	}
	s.wg.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.wg.Done()
		if atomic.LoadInt32(&s.stopped) == 1 {
			atomic.AddInt32(&s.late, 1)
		}
		f()
	}()
	return true
}

func (s *stopper) Stop() {
	s.mu.Lock()
	s.stopping = true
	close(s.stopper)
	s.mu.Unlock()
	s.wg.Wait()
	atomic.StoreInt32(&s.stopped, 1)
}

func TestStopperRunWorker(t *testing.T) {
	s := &stopper{stopper: make(chan struct{})}
	handler := make(chan struct{})
	go func() {
		defer close(handler)
		time.Sleep(time.Millisecond)
		s.RunWorker(func() { <-s.stopper })
	}()
	time.Sleep(time.Millisecond)
	s.Stop()
	<-handler
	if n := atomic.LoadInt32(&s.late); n != 0 {
		t.Errorf("%d worker(s) started after Stop returned", n)
	}
}
