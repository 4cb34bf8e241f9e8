// Fixed kernel timeout_finish_request: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs timeout_finish_request --fix`).
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
