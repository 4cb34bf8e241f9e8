// Bug kernel wg_stopper_add_race (WaitGroup Add after / racing Wait, Wait
// misplaced), modelled on cockroach#4407.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs wg_stopper_add_race`.
package bugs

import (
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

type stopper struct {
	wg      sync.WaitGroup
	stopper chan struct{}
	stopped int32 // set when Stop has returned
	late    int32 // workers that started after Stop returned
}

func (s *stopper) RunWorker(f func()) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		if atomic.LoadInt32(&s.stopped) == 1 {
			atomic.AddInt32(&s.late, 1)
		}
		f()
	}()
}

func (s *stopper) Stop() {
	close(s.stopper)
	s.wg.Wait()
	atomic.StoreInt32(&s.stopped, 1)
}

func TestStopperRunWorker(t *testing.T) {
	s := &stopper{stopper: make(chan struct{})}
	go func() { // a gossip handler that starts a worker
		time.Sleep(time.Millisecond)
		s.RunWorker(func() { <-s.stopper })
	}()
	time.Sleep(time.Millisecond)
	s.Stop()
	time.Sleep(5 * time.Millisecond)
	if n := atomic.LoadInt32(&s.late); n != 0 {
		t.Errorf("%d worker(s) started after Stop returned", n)
	}
}
