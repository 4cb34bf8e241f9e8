// Fixed kernel select_timer_reset: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs select_timer_reset --fix`).
package bugs

import (
	"testing"
	"time"
)

func publisher(changes <-chan int, published chan<- int, quit <-chan struct{}) {
	t := time.NewTimer(time.Hour)
	running := true
	pending := 0
	for {
		select {
		case c := <-changes:
			pending += c
			if running && !t.Stop() {
				<-t.C
			}
			t.Reset(2 * time.Millisecond)
			running = true
		case <-t.C:
			running = false
			published <- pending
			pending = 0
		case <-quit:
			t.Stop()
			return
		}
	}
}

func TestPublishDebounce(t *testing.T) {
	changes := make(chan int)
	published := make(chan int, 4)
	quit := make(chan struct{})
	exited := make(chan struct{})
	go func() {
		publisher(changes, published, quit)
		close(exited)
	}()
	changes <- 1
	got := <-published
	changes <- 2
	got += <-published
	if got != 3 {
		t.Errorf("published %d, want 3", got)
	}
	close(quit)
	<-exited
}
