// Fixed kernel ctx_cancel_skipped: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs ctx_cancel_skipped --fix`).
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
	watcher := make(chan struct{})
	defer func() { <-watcher }()
	defer cancel()
	go func() {
		defer close(watcher)
		<-ctx.Done()
	}()
	select {
	case r := <-reply:
		return r, nil
	case <-time.After(2 * time.Millisecond):
		return 0, errTimeout
	}
}

func TestNewStream(t *testing.T) {
	reply := make(chan int, 1)
	sent := make(chan struct{})
	go func() {
		defer close(sent)
		time.Sleep(2 * time.Millisecond)
		reply <- 7
	}()
	r, err := newStream(context.Background(), reply)
	if err == nil && r != 7 {
		t.Errorf("reply %d, want 7", r)
	}
	<-sent
}
