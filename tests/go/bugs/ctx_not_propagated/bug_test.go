// Bug kernel ctx_not_propagated (class: context not propagated).
// Modelled on the class GoBench files as "Channel & Context" in CockroachDB
// (e.g. cockroach#13197, cockroach#18101 are listed there): a helper starts
// a background goroutine with context.Background() instead of the caller's
// context, so cancelling the caller never reaches it.
// Breaking schedule: every schedule; the heartbeat loop waits on a Done
// channel that can never close.
// Shows as: a deterministic leak of the heartbeat goroutine; go test passes.
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

// start runs heartbeats until ctx is done; it is handed the wrong context.
func (h *heartbeater) start(ctx context.Context) {
	go func() {
		bg := context.Background() // should be ctx: the bug
		tick := time.NewTicker(time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				atomic.AddInt32(&h.beats, 1)
			case <-bg.Done():
				return
			}
			if atomic.LoadInt32(&h.beats) >= 3 {
				<-bg.Done() // idle until cancelled
				return
			}
		}
	}()
}

func TestHeartbeatStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	h := &heartbeater{}
	h.start(ctx)
	time.Sleep(5 * time.Millisecond)
	cancel()
	if atomic.LoadInt32(&h.beats) == 0 {
		t.Log("no heartbeat yet")
	}
}
