// Fixed kernel timeout_first_reply (see bug_test.go).
// The fix: the answer channel has room for every replica's answer, so no
// sender can block; the test joins the replicas.
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
