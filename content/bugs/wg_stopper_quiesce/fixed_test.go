// Fixed kernel wg_stopper_quiesce: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs wg_stopper_quiesce --fix`).
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
