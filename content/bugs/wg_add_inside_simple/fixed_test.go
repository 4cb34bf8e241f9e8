// Fixed kernel wg_add_inside_simple: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs wg_add_inside_simple --fix`).
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
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt32(&ran, 1)
		}()
	}
	wg.Wait()
	if n := atomic.LoadInt32(&ran); n != 4 {
		t.Errorf("Wait returned after %d of 4 workers", n)
	}
}
