// Fixed kernel wg_add_inside_handlers: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs wg_add_inside_handlers --fix`).
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
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(100 * time.Microsecond)
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
