// Fixed kernel select_default_blocks: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs select_default_blocks --fix`).
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
