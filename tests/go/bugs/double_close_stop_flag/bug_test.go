// Bug kernel double_close_stop_flag (class: double close).
// Modelled on the class of "close of closed channel" panics in Kubernetes
// and Docker/Moby shutdown code: Stop guards close(quit) with a plain bool
// and no lock, and two components (a signal handler and a test cleanup, an
// error path and the owner) both call Stop.
// Breaking schedule: both Stops read stopped == false before either sets it.
// Shows as: a panic (close of closed channel) on rare runs; a race report
// under -race.
package bugs

import (
	"sync"
	"testing"
)

type server struct {
	quit    chan struct{}
	stopped bool
}

func (s *server) Stop() {
	if !s.stopped { // unsynchronised check-then-close: the bug
		s.stopped = true
		close(s.quit)
	}
}

func TestServerStopTwice(t *testing.T) {
	for i := 0; i < 20; i++ {
		s := &server{quit: make(chan struct{})}
		var wg sync.WaitGroup
		for j := 0; j < 2; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s.Stop()
			}()
		}
		wg.Wait()
		<-s.quit
	}
}
