// Bug kernel double_close_select_guard (class: double close).
// Modelled on the class of "close if not yet closed" guards found in etcd
// and Kubernetes code: select { case <-ch: default: close(ch) }. The check
// and the close are two steps, so two goroutines can both take the default
// branch.
// Breaking schedule: two finishers run the guard at the same time.
// Shows as: a panic (close of closed channel) on some runs; the race
// detector does not flag channel closes racing each other as a data race,
// but -race's different timing changes how often it happens.
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
