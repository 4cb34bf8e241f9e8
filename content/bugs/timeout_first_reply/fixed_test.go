// Fixed kernel timeout_first_reply: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs timeout_first_reply --fix`).
package bugs

import (
	"sync"
	"testing"
	"time"
)

func queryFirst(wg *sync.WaitGroup, replicas []int, timeout time.Duration) (int, bool) {
	answers := make(chan int, len(replicas))
	for _, r := range replicas {
		r := r
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(r) * time.Millisecond)
			answers <- r
		}()
	}
	select {
	case a := <-answers:
		return a, true
	case <-time.After(timeout):
		return 0, false
	}
}

func TestQueryFirst(t *testing.T) {
	var wg sync.WaitGroup
	a, ok := queryFirst(&wg, []int{1, 2, 3}, 20*time.Millisecond)
	if ok && (a < 1 || a > 3) {
		t.Errorf("answer %d from no replica", a)
	}
	wg.Wait()
}
