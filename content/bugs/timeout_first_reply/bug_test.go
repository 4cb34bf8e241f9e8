// Bug kernel timeout_first_reply (channel with no receiver after a timeout
// (leak)), modelled on class: first-reply fan-out (etcd, Kubernetes
// clients).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs timeout_first_reply`.
package bugs

import (
	"testing"
	"time"
)

func queryFirst(replicas []int, timeout time.Duration) (int, bool) {
	answers := make(chan int)
	for _, r := range replicas {
		r := r
		go func() {
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
	a, ok := queryFirst([]int{1, 2, 3}, 20*time.Millisecond)
	if ok && (a < 1 || a > 3) {
		t.Errorf("answer %d from no replica", a)
	}
}
