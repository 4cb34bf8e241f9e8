// Fixed kernel early_return_break: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs early_return_break --fix`).
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
	found := false
	for e := range events {
		if e == want {
			found = true
		}
	}
	return found
}

func TestWaitForDeleted(t *testing.T) {
	events := merge([]string{"ADDED", "DELETED"}, []string{"MODIFIED", "MODIFIED"})
	if !waitFor(events, "DELETED") {
		t.Error("DELETED never seen")
	}
}
