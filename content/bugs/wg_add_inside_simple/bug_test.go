// Bug kernel wg_add_inside_simple (WaitGroup.Add called inside the
// goroutine), modelled on class: Tu et al. / GoBench "WaitGroup".
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs wg_add_inside_simple`.
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
