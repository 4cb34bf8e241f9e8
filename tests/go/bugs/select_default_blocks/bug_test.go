// Bug kernel select_default_blocks (class: select whose default path
// blocks).
// Modelled on the class of worker loops in Docker/Moby and Kubernetes that
// poll a stop channel with select/default and then block on the work queue
// inside the default branch: once the worker is blocked there, it can no
// longer see the stop signal.
// Breaking schedule: Stop closes the stop channel while the worker sits in
// the default branch waiting for a job that will never come.
// Shows as: Stop never sees the worker exit (watchdog fails the test; the
// worker leaks). Almost every run.
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
		default:
			j := <-jobs // blocks without watching stop: the bug
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
	select {
	case n := <-done:
		if n != 3 {
			t.Errorf("worker summed %d, want 3", n)
		}
	case <-time.After(100 * time.Millisecond):
		t.Fatal("worker is blocked on jobs inside the default branch and never sees stop")
	}
}
