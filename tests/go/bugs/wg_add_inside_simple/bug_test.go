// Bug kernel wg_add_inside_simple (class: WaitGroup.Add called inside the
// goroutine).
// Modelled on the WaitGroup misuse that Tu et al. (ASPLOS'19) describe and
// GoBench files under "WaitGroup" (e.g. from Docker/Moby and Kubernetes):
// each goroutine calls wg.Add(1) itself, so Wait can run while the counter
// is still zero and return before the goroutines have started.
// Breaking schedule: the parent reaches Wait before some goroutine's Add.
// Shows as: a failed assertion (Wait returned before every worker ran) on
// most runs, with or without -race; -race sometimes also reports Add
// racing Wait.
package bugs

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestAddInside(t *testing.T) {
	var wg sync.WaitGroup
	var ran int32
	for i := 0; i < 4; i++ {
		go func() {
			wg.Add(1) // too late: the parent may already be in Wait, the bug
			defer wg.Done()
			atomic.AddInt32(&ran, 1)
		}()
	}
	wg.Wait()
	if n := atomic.LoadInt32(&ran); n != 4 {
		t.Errorf("Wait returned after %d of 4 workers", n)
	}
}
