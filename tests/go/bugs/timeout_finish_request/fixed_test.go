// Fixed kernel timeout_finish_request (see bug_test.go).
// The fix (as in Kubernetes): the result channel gets a buffer of one, so the
// child's send always completes, whether or not the parent is still waiting.
// The test also joins the child so that nothing outlives it.
package bugs

import (
	"sync"
	"testing"
	"time"
)

// finishRequest runs fn in a child goroutine (tracked by wg) and waits at
// most timeout for its result; ok is false on a timeout.
func finishRequest(wg *sync.WaitGroup, timeout time.Duration, fn func() int) (int, bool) {
	ch := make(chan int, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
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
	var wg sync.WaitGroup
	r, ok := finishRequest(&wg, 2*time.Millisecond, func() int {
		time.Sleep(2 * time.Millisecond)
		return 42
	})
	if ok && r != 42 {
		t.Errorf("result %d, want 42", r)
	}
	wg.Wait()
}
