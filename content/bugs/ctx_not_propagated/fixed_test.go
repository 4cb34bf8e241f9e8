// Fixed kernel ctx_not_propagated: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs ctx_not_propagated --fix`).
package bugs

import (
	"context"
	"sync/atomic"
	"testing"
	"time"
)

type heartbeater struct {
	beats int32
}

func (h *heartbeater) start(ctx context.Context) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				atomic.AddInt32(&h.beats, 1)
			case <-ctx.Done():
				return
			}
			if atomic.LoadInt32(&h.beats) >= 3 {
				<-ctx.Done()
				return
			}
		}
	}()
	return done
}

func TestHeartbeatStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	h := &heartbeater{}
	done := h.start(ctx)
	time.Sleep(5 * time.Millisecond)
	cancel()
	<-done
}
