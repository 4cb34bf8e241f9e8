// Fixed kernel wg_add_after_done: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs wg_add_after_done --fix`).
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
