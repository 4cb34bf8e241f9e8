// Bug kernel wg_add_after_done (WaitGroup Add after / racing Wait, Wait
// misplaced), modelled on class: kubernetes#13058-style WaitGroup misuse.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs wg_add_after_done`.
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
