// Bug kernel noclose_lbwatcher (missing close (range or waiter never ends)),
// modelled on grpc#1424.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs noclose_lbwatcher`.
package bugs

import (
	"context"
	"testing"
	"time"
)

type clientConn struct {
	notify   chan []string
	doneChan chan struct{}
	addrs    []string
}

func (cc *clientConn) lbWatcher(ctx context.Context) {
	for {
		select {
		case a, ok := <-cc.notify:
			if !ok {
				close(cc.doneChan)
				return
			}
			cc.addrs = a
		case <-ctx.Done():
			return // dial timed out: doneChan is never closed, the bug
		}
	}
}

func TestDialTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer cancel()
	cc := &clientConn{notify: make(chan []string), doneChan: make(chan struct{})}
	go cc.lbWatcher(ctx)
	go func() { // the balancer
		time.Sleep(2 * time.Millisecond)
		select {
		case cc.notify <- []string{"10.0.0.1"}:
			close(cc.notify)
		case <-ctx.Done():
		}
	}()
	select {
	case <-cc.doneChan:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("doneChan never closed after the dial timed out")
	}
}
