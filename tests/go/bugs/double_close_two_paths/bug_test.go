// Bug kernel double_close_two_paths (class: double close).
// Modelled on the class of gRPC-Go and etcd stream teardown bugs where two
// paths own the same "done" channel: the reader goroutine closes it when the
// peer fails, and Close closes it when the user hangs up.
// Breaking schedule: the peer error and the user's Close happen in the same
// window; both close the channel. If only one happens, nothing goes wrong.
// Shows as: a panic (close of closed channel) on the runs where both paths
// fire.
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
