// Bug kernel double_close_select_guard (double close), modelled on class:
// close-if-open guard (etcd, Kubernetes).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs double_close_select_guard`.
package bugs

import (
	"sync"
	"testing"
)

func markDone(ch chan struct{}) {
	select {
	case <-ch: // already closed
	default:
		close(ch) // another goroutine may get here too: the bug
	}
}

func TestMarkDone(t *testing.T) {
	for i := 0; i < 200; i++ {
		ch := make(chan struct{})
		var wg sync.WaitGroup
		for j := 0; j < 3; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				markDone(ch)
			}()
		}
		wg.Wait()
	}
}
