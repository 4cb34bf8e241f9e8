// Bug kernel wg_add_inside_handlers (class: WaitGroup.Add called inside the
// goroutine).
// Modelled on the class of event-handler bugs in Kubernetes controller tests
// (GoBench's "WaitGroup" kernels, e.g. kubernetes#13058): a dispatcher
// starts one goroutine per event, the handler goroutine registers with
// wg.Add and records the event, and the test waits with wg.Wait before
// checking what was recorded.
// Breaking schedule: a handler reaches its Add after Wait has returned;
// its event is missing from the check.
// Shows as: a failed assertion on most runs; under -race, a race report
// (Add racing Wait) and sometimes the panic "WaitGroup is reused before
// previous Wait has returned".
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
