// Fixed kernel race_field_stop: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs race_field_stop --fix`).
package bugs

import (
	"testing"
	"time"
)

type fsSource struct {
	donec  chan struct{}
	stopc  chan struct{}
	events int
}

func (s *fsSource) Start() {
	go func() {
		defer close(s.donec)
		for i := 0; i < 5; i++ {
			select {
			case <-s.stopc:
				return
			default:
			}
			s.events++
			time.Sleep(time.Millisecond)
		}
	}()
}

func (s *fsSource) Stop() {
	close(s.stopc)
	<-s.donec
}

func TestFsSourceInitialScan(t *testing.T) {
	s := &fsSource{donec: make(chan struct{}), stopc: make(chan struct{})}
	s.Start()
	time.Sleep(2 * time.Millisecond)
	s.Stop()
	if s.events > 5 {
		t.Errorf("saw %d events, want at most 5", s.events)
	}
}
