// Fixed kernel select_default_blocks (see bug_test.go).
// The fix: no default branch; the job receive becomes a case of the same
// select as stop, so the worker blocks on both at once. A job and stop can
// both be ready; a job offered after stop is not required to be taken.
package bugs

import (
	"testing"
	"time"
)

func worker(stop <-chan struct{}, jobs <-chan int, done chan<- int) {
	n := 0
	for {
		select {
		case <-stop:
			done <- n
			return
		case j := <-jobs:
			n += j
		}
	}
}

func TestWorkerStop(t *testing.T) {
	stop := make(chan struct{})
	jobs := make(chan int)
	done := make(chan int)
	go worker(stop, jobs, done)
	jobs <- 1
	jobs <- 2
	time.Sleep(time.Millisecond)
	close(stop)
	if n := <-done; n != 3 {
		t.Errorf("worker summed %d, want 3", n)
	}
}
