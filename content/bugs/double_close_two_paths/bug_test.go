// Bug kernel double_close_two_paths (double close), modelled on class:
// stream teardown (gRPC-Go, etcd).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs double_close_two_paths`.
package bugs

import (
	"testing"
	"time"
)

type stream struct {
	done chan struct{}
}

func (s *stream) reader(peerErr <-chan struct{}) {
	select {
	case <-peerErr:
		close(s.done) // path 1
	case <-s.done:
	}
}

func (s *stream) Close() {
	close(s.done) // path 2: the bug, no coordination with path 1
}

func TestStreamClose(t *testing.T) {
	s := &stream{done: make(chan struct{})}
	peerErr := make(chan struct{})
	go s.reader(peerErr)
	go func() {
		time.Sleep(time.Millisecond)
		close(peerErr)
	}()
	time.Sleep(time.Millisecond)
	s.Close()
	time.Sleep(2 * time.Millisecond)
}
