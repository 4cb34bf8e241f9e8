// Fixed kernel noclose_lbwatcher: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs noclose_lbwatcher --fix`).
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
	defer close(cc.doneChan)
	for {
		select {
		case a, ok := <-cc.notify:
			if !ok {
				return
			}
			cc.addrs = a
		case <-ctx.Done():
			return
		}
	}
}

func TestDialTimeout(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Millisecond)
	defer cancel()
	cc := &clientConn{notify: make(chan []string), doneChan: make(chan struct{})}
	go cc.lbWatcher(ctx)
	balancer := make(chan struct{})
	go func() {
		defer close(balancer)
		time.Sleep(2 * time.Millisecond)
		select {
		case cc.notify <- []string{"10.0.0.1"}:
		case <-ctx.Done():
		}
	}()
	<-cc.doneChan
	cancel()
	<-balancer
}
