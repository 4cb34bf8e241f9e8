// Fixed kernel early_return_first_error: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs early_return_first_error --fix`).
package bugs

import (
	"errors"
	"sync"
	"testing"
	"time"
)

var errSlow = errors.New("subtask over budget")

// pullLayers runs one subtask per layer; layer i needs work[i] and fails
// if that is over budget[i].
func pullLayers(work, budget []time.Duration) error {
	n := len(work)
	errc := make(chan error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
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
	wg.Wait()
	close(errc)
	var first error
	for err := range errc {
		if err != nil && first == nil {
			first = err
		}
	}
	return first
}

func TestPullLayers(t *testing.T) {
	ms := time.Millisecond
	// layer 0 races its budget; layers 1 and 2 are slower but within theirs
	err := pullLayers([]time.Duration{2 * ms, 4 * ms, 4 * ms}, []time.Duration{2 * ms, 20 * ms, 20 * ms})
	if err != nil && err != errSlow {
		t.Errorf("unexpected error %v", err)
	}
}
