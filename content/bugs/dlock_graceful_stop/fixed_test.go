// Fixed kernel dlock_graceful_stop: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs dlock_graceful_stop --fix`).
package bugs

import (
	"sync"
	"testing"
	"time"
)

type grpcServer struct {
	mu    sync.Mutex
	lis   chan struct{}
	conns int
}

func (s *grpcServer) Serve(lis <-chan struct{}, done chan<- struct{}) {
	<-lis
	time.Sleep(time.Millisecond)
	s.mu.Lock()
	s.conns = 0
	s.mu.Unlock()
	close(done)
}

func (s *grpcServer) GracefulStop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.lis == nil {
		return
	}
	close(s.lis)
	s.lis = nil
}

func TestServerGracefulStopIdempotent(t *testing.T) {
	s := &grpcServer{lis: make(chan struct{}), conns: 1}
	done := make(chan struct{})
	go s.Serve(s.lis, done)
	s.GracefulStop()
	second := make(chan struct{})
	go func() {
		defer close(second)
		time.Sleep(time.Millisecond)
		s.GracefulStop()
	}()
	<-done
	<-second
}
