// Bug kernel ctx_cancel_skipped (context cancellation never arrives / ctx
// not propagated), modelled on class: gRPC-Go streams (GoBench lists
// grpc#862).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs ctx_cancel_skipped`.
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
