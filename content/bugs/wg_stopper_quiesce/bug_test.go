// Bug kernel wg_stopper_quiesce (WaitGroup Add after / racing Wait, Wait
// misplaced), modelled on class: cockroach#1055.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs wg_stopper_quiesce`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type stopper struct {
	wg     sync.WaitGroup
	stopCh chan struct{}
}

// RunWorker handles work items until work is closed or the stopper stops.
func (s *stopper) RunWorker(work <-chan int) {
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		for {
			select {
			case <-s.stopCh:
				return
			case _, ok := <-work:
				if !ok {
					return
				}
			}
		}
	}()
}

func (s *stopper) Stop() {
	s.wg.Wait()     // waits for workers that wait for stopCh...
	close(s.stopCh) // ...which is closed only afterwards: the bug
}

func TestStopperQuiesce(t *testing.T) {
	s := &stopper{stopCh: make(chan struct{})}
	short, gossip := make(chan int), make(chan int)
	s.RunWorker(short)  // a short task
	s.RunWorker(gossip) // a gossip loop: its work never ends
	close(short)
	time.Sleep(2 * time.Millisecond)
	done := make(chan struct{})
	go func() {
		s.Stop()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("timed out waiting for stop")
	}
}
