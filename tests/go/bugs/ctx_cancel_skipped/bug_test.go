// Bug kernel ctx_cancel_skipped (class: context cancellation that never
// arrives; cancel skipped on an early return).
// Modelled on the class of gRPC-Go stream leaks that GoBench files under
// "Channel & Context" (e.g. grpc#862): a client call derives a cancellable
// context for a stream, starts a goroutine that watches ctx.Done() to tear
// the stream down, and calls cancel only on the success path.
// Breaking schedule: the server's reply is late, the call returns early
// with a timeout error, cancel is never called, and the watcher waits
// forever.
// Shows as: a leak of the watcher goroutine, only on the runs where the
// call times out; go test passes.
package bugs

import (
	"context"
	"errors"
	"testing"
	"time"
)

var errTimeout = errors.New("timeout")

func newStream(parent context.Context, reply <-chan int) (int, error) {
	ctx, cancel := context.WithCancel(parent)
	go func() { // tears the stream down when ctx ends
		<-ctx.Done()
	}()
	select {
	case r := <-reply:
		cancel()
		return r, nil
	case <-time.After(2 * time.Millisecond):
		return 0, errTimeout // cancel not called: the bug
	}
}

func TestNewStream(t *testing.T) {
	reply := make(chan int, 1)
	go func() {
		time.Sleep(2 * time.Millisecond)
		reply <- 7
	}()
	r, err := newStream(context.Background(), reply)
	if err == nil && r != 7 {
		t.Errorf("reply %d, want 7", r)
	}
}
