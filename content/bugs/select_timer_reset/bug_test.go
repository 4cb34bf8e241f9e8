// Bug kernel select_timer_reset (select with a blocked or dropping default
// path), modelled on class: istio#18454.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs select_timer_reset`.
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
