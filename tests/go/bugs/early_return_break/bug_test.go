// Bug kernel early_return_break (class: unbuffered channel, consumer stops
// early).
// Modelled on the class of watch/log-follow consumers in etcd and
// Docker/Moby that break out of their receive loop once they have found the
// event they wanted, leaving the producer blocked on its next send.
// Breaking schedule: the wanted event is not the last one; which position
// it has depends on how two sources interleave.
// Shows as: a leak of the producer on the runs where the wanted event
// arrives before the end; go test passes.
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
