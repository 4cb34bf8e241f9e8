// Fixed kernel double_close_two_paths (see bug_test.go).
// The fix: both paths go through one closeDone guarded by sync.Once, and
// the test waits for the reader to exit.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type stream struct {
	done   chan struct{}
	once   sync.Once
	exited chan struct{}
}

func (s *stream) closeDone() { s.once.Do(func() { close(s.done) }) }

func (s *stream) reader(peerErr <-chan struct{}) {
	defer close(s.exited)
	select {
	case <-peerErr:
		s.closeDone()
	case <-s.done:
	}
}

func (s *stream) Close() { s.closeDone() }

func TestStreamClose(t *testing.T) {
	s := &stream{done: make(chan struct{}), exited: make(chan struct{})}
	peerErr := make(chan struct{})
	go s.reader(peerErr)
	go func() {
		time.Sleep(time.Millisecond)
		close(peerErr)
	}()
	time.Sleep(time.Millisecond)
	s.Close()
	<-s.exited
}
