// Bug kernel select_timer_reset (class: select loop whose case body blocks:
// draining a timer that was already drained).
// Modelled on the class of istio#18454 ("a bug in the publish strategy's
// timer reset code could lead to deadlock"); we do not reproduce Istio's
// code, only the well-known Timer pitfall: a debouncing publisher resets its
// timer with "if !t.Stop() { <-t.C }", but the select loop has already
// received from t.C, so the drain blocks forever.
// Breaking schedule: the debounce timer fires and is handled, then a new
// change arrives; Stop reports false and the drain waits for a value that
// was already taken.
// Shows as: the publisher deadlocks (watchdog fails the test) when a change
// comes after a publish.
package bugs

import (
	"testing"
	"time"
)

func publisher(changes <-chan int, published chan<- int, quit <-chan struct{}) {
	t := time.NewTimer(time.Hour)
	pending := 0
	for {
		select {
		case c := <-changes:
			pending += c
			if !t.Stop() {
				<-t.C // already received below: blocks forever, the bug
			}
			t.Reset(2 * time.Millisecond)
		case <-t.C:
			published <- pending
			pending = 0
		case <-quit:
			return
		}
	}
}

func TestPublishDebounce(t *testing.T) {
	changes := make(chan int)
	published := make(chan int, 4)
	quit := make(chan struct{})
	go publisher(changes, published, quit)
	changes <- 1
	got := <-published
	done := make(chan struct{})
	go func() {
		changes <- 2
		got += <-published
		close(done)
	}()
	select {
	case <-done:
		if got != 3 {
			t.Errorf("published %d, want 3", got)
		}
	case <-time.After(100 * time.Millisecond):
		t.Fatal("publisher blocked draining a timer channel it had already drained")
	}
	close(quit)
}
