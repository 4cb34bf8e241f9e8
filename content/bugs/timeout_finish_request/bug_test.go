// Bug kernel timeout_finish_request (channel with no receiver after a
// timeout (leak)), modelled on Kubernetes finishRequest (Tu et al.
// ASPLOS'19, Fig. 1).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs timeout_finish_request`.
package bugs

import (
	"testing"
	"time"
)

// finishRequest runs fn in a child goroutine and waits at most timeout for
// its result; ok is false on a timeout.
func finishRequest(timeout time.Duration, fn func() int) (int, bool) {
	ch := make(chan int)
	go func() {
		ch <- fn()
	}()
	select {
	case r := <-ch:
		return r, true
	case <-time.After(timeout):
		return 0, false
	}
}

func TestFinishRequest(t *testing.T) {
	r, ok := finishRequest(2*time.Millisecond, func() int {
		time.Sleep(2 * time.Millisecond)
		return 42
	})
	if ok && r != 42 {
		t.Errorf("result %d, want 42", r)
	}
	t.Logf("timed out: %v", !ok)
}
