// Bug kernel dlock_graceful_stop (class: double lock, a mutex not unlocked
// before a return).
// Modelled on: grpc#795. The developer forgot to unlock the server's mutex
// before one of GracefulStop's returns; calling GracefulStop a second time
// (it is meant to be idempotent) left the mutex locked, and Serve, which
// locks it on its way out, blocked forever.
// Breaking schedule: the second GracefulStop returns holding the mutex
// before Serve reaches its final Lock. If Serve is faster, the test passes.
// Shows as: Serve never returns (watchdog fails the test) on some runs.
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
