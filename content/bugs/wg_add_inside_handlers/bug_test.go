// Bug kernel wg_add_inside_handlers (WaitGroup.Add called inside the
// goroutine), modelled on class: kubernetes#13058-style handlers.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs wg_add_inside_handlers`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type recorder struct {
	mu   sync.Mutex
	seen map[string]bool
}

func dispatch(wg *sync.WaitGroup, r *recorder, events []string) {
	for _, e := range events {
		e := e
		go func() {
			time.Sleep(100 * time.Microsecond) // decode the event
			wg.Add(1)                          // after the decode: the bug
			defer wg.Done()
			r.mu.Lock()
			r.seen[e] = true
			r.mu.Unlock()
		}()
	}
}

func TestDispatch(t *testing.T) {
	var wg sync.WaitGroup
	r := &recorder{seen: map[string]bool{}}
	dispatch(&wg, r, []string{"add", "update", "delete"})
	time.Sleep(100 * time.Microsecond)
	wg.Wait()
	r.mu.Lock()
	n := len(r.seen)
	r.mu.Unlock()
	if n != 3 {
		t.Errorf("recorded %d of 3 events", n)
	}
}
