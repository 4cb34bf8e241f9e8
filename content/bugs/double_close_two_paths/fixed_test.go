// Fixed kernel double_close_two_paths: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs double_close_two_paths --fix`).
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
