// Bug kernel dlock_graceful_stop (double lock through a method call / lock
// kept on a return), modelled on grpc#795.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs dlock_graceful_stop`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type grpcServer struct {
	mu    sync.Mutex
	lis   chan struct{} // closed to stop accepting
	conns int
}

func (s *grpcServer) Serve(lis <-chan struct{}, done chan<- struct{}) {
	<-lis // accept until the listener closes
	time.Sleep(time.Millisecond)
	s.mu.Lock()
	s.conns = 0
	s.mu.Unlock()
	close(done)
}

func (s *grpcServer) GracefulStop() {
	s.mu.Lock()
	if s.lis == nil {
		return // already stopped: returns holding s.mu, the bug
	}
	close(s.lis)
	s.lis = nil
	s.mu.Unlock()
}

func TestServerGracefulStopIdempotent(t *testing.T) {
	s := &grpcServer{lis: make(chan struct{}), conns: 1}
	done := make(chan struct{})
	go s.Serve(s.lis, done)
	s.GracefulStop()
	go func() {
		time.Sleep(time.Millisecond)
		s.GracefulStop()
	}()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("deadlock: GracefulStop returned without unlocking")
	}
}
