// Fixed kernel double_close_stop_flag: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs double_close_stop_flag --fix`).
package bugs

import (
	"sync"
	"testing"
)

type server struct {
	quit chan struct{}
	once sync.Once
}

func (s *server) Stop() {
	s.once.Do(func() { close(s.quit) })
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
