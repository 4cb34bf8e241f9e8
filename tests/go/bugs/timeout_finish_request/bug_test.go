// Bug kernel timeout_finish_request (class: channel with no receiver after a
// timeout, goroutine leak).
// Modelled on: Kubernetes' finishRequest helper, the opening example of Tu et
// al., "Understanding Real-World Concurrency Bugs in Go" (ASPLOS'19). The
// apiserver ran the request in a child goroutine that reported its result on
// an unbuffered channel, while the parent selected between that channel and a
// timeout.
// Breaking schedule: the timeout fires first; the parent returns and nobody
// ever receives, so the child blocks on its send forever.
// Shows as: a leak (one goroutine blocked in chan send when the test ends),
// only on the runs where the timer wins. go test cannot see it.
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
