// Fixed kernel wg_add_after_done (see bug_test.go).
// The fix: an item adds its follow-up before it marks itself done (Done is
// deferred), so the counter cannot reach zero while work remains.
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
		defer wg.Done()
		atomic.AddInt32(&processed, 1)
		if depth > 0 {
			wg.Add(1)
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
