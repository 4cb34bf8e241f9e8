// Fixed kernel wg_stopper_quiesce (see bug_test.go).
// The fix: Stop closes the stop channel first and then waits, so every
// worker is told to exit before anyone waits for it.
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
	close(s.stopCh)
	s.wg.Wait()
}

func TestStopperQuiesce(t *testing.T) {
	s := &stopper{stopCh: make(chan struct{})}
	short, gossip := make(chan int), make(chan int)
	s.RunWorker(short)
	s.RunWorker(gossip)
	close(short)
	time.Sleep(2 * time.Millisecond)
	s.Stop()
}
