// Bug kernel race_field_stop (class: data race on a shared struct field).
// Modelled on: istio#8967 (galley's fsSource). Stop wrote a field of the
// source that the goroutine started by Start was still reading; the race
// detector reported the write in Stop against the read in that goroutine.
// Breaking schedule: Stop runs while the watch goroutine is between events
// and reads the field.
// Shows as: a race report under -race on most runs; plain go test passes.
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
