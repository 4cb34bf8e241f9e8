// Bug kernel timeout_first_reply (class: channel with no receiver after a
// timeout, goroutine leak).
// Modelled on the class of "first reply wins" fan-out leaks seen in etcd and
// Kubernetes clients: a query is sent to every replica, each replica's answer
// goes to one unbuffered channel, and the caller takes the first answer (or
// gives up on a timeout).
// Breaking schedule: every schedule. After the first answer (or the timeout)
// nobody receives again, so the slower replicas block on their sends.
// Shows as: a deterministic leak of two or three goroutines; go test passes.
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
