// Bug kernel early_return_break (unbuffered done channel with an early
// return), modelled on class: watch/log-follow consumers (etcd, Moby).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs early_return_break`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

func merge(a, b []string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	send := func(evs []string) {
		defer wg.Done()
		for _, e := range evs {
			time.Sleep(time.Millisecond)
			out <- e
		}
	}
	wg.Add(2)
	go send(a)
	go send(b)
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func waitFor(events <-chan string, want string) bool {
	for e := range events {
		if e == want {
			return true // stops receiving: senders may block, the bug
		}
	}
	return false
}

func TestWaitForDeleted(t *testing.T) {
	events := merge([]string{"ADDED", "DELETED"}, []string{"MODIFIED", "MODIFIED"})
	if !waitFor(events, "DELETED") {
		t.Error("DELETED never seen")
	}
}
