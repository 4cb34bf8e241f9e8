// Bug kernel early_return_first_error (unbuffered done channel with an early
// return), modelled on class: fan-out helpers (Moby, Kubernetes).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs early_return_first_error`.
package bugs

import (
	"errors"
	"testing"
	"time"
)

var errSlow = errors.New("subtask over budget")

// pullLayers runs one subtask per layer; layer i needs work[i] and fails
// if that is over budget[i].
func pullLayers(work, budget []time.Duration) error {
	n := len(work)
	errc := make(chan error)
	for i := 0; i < n; i++ {
		i := i
		go func() {
			over := time.After(budget[i])
			done := time.After(work[i])
			select {
			case <-done:
				errc <- nil
			case <-over:
				errc <- errSlow
			}
		}()
	}
	for i := 0; i < n; i++ {
		if err := <-errc; err != nil {
			return err // the other subtasks block on errc: the bug
		}
	}
	return nil
}

func TestPullLayers(t *testing.T) {
	ms := time.Millisecond
	// layer 0 races its budget; layers 1 and 2 are slower but within theirs
	err := pullLayers([]time.Duration{2 * ms, 4 * ms, 4 * ms}, []time.Duration{2 * ms, 20 * ms, 20 * ms})
	if err != nil && err != errSlow {
		t.Errorf("unexpected error %v", err)
	}
}
