// Bug kernel double_close_stop_flag (double close), modelled on class:
// shutdown code (Kubernetes, Moby).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs double_close_stop_flag`.
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
