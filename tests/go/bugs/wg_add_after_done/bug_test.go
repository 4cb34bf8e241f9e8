// Bug kernel wg_add_after_done (class: WaitGroup.Add after Wait may have
// returned).
// Modelled on the class of WaitGroup misuse in Kubernetes controller tests
// (GoBench lists kubernetes#13058, "WaitGroup is reused before previous Wait
// has returned"): work items that enqueue follow-up work call wg.Add for the
// follow-up only after their own wg.Done.
// Breaking schedule: the parent item's Done drops the counter to zero, Wait
// returns, and only then does the parent Add its child.
// Shows as: a failed assertion (Wait returned before all items ran) on
// rare runs; under -race, a race report (Add racing Wait) and sometimes the
// runtime's own panic "WaitGroup is reused before previous Wait has
// returned", the symptom kubernetes#13058 reported.
package bugs

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestFollowUpWork(t *testing.T) {
	var wg sync.WaitGroup
	var processed int32
	var process func(depth int)
	process = func(depth int) {
		atomic.AddInt32(&processed, 1)
		wg.Done() // done with this item...
		if depth > 0 {
			wg.Add(1) // ...then add the follow-up: too late
			go process(depth - 1)
		}
	}
	wg.Add(1)
	go process(2)
	wg.Wait()
	if n := atomic.LoadInt32(&processed); n != 3 {
		t.Errorf("Wait returned after %d of 3 items", n)
	}
}
