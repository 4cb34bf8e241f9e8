// Bug kernel select_default_blocks (select with a blocked or dropping
// default path), modelled on class: worker loops (Moby, Kubernetes).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs select_default_blocks`.
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
