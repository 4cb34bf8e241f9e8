// Bug kernel ctx_not_propagated (context cancellation never arrives / ctx
// not propagated), modelled on class: GoBench cockroach "Channel & Context".
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs ctx_not_propagated`.
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
