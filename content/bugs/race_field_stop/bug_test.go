// Bug kernel race_field_stop (data race on a shared struct field or map),
// modelled on istio#8967.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs race_field_stop`.
package bugs

import (
	"testing"
	"time"
)

type fsSource struct {
	donec   chan struct{}
	stopped bool // written by Stop, read by the watcher: the bug
	events  int
}

func (s *fsSource) Start() {
	go func() {
		defer close(s.donec)
		for i := 0; i < 5; i++ {
			if s.stopped {
				return
			}
			s.events++
			time.Sleep(time.Millisecond)
		}
	}()
}

func (s *fsSource) Stop() {
	s.stopped = true
	<-s.donec
}

func TestFsSourceInitialScan(t *testing.T) {
	s := &fsSource{donec: make(chan struct{})}
	s.Start()
	time.Sleep(2 * time.Millisecond)
	s.Stop()
	if s.events == 0 || s.events > 5 {
		t.Errorf("saw %d events, want 1..5", s.events)
	}
}
