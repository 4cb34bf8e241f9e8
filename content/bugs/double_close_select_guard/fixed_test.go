// Fixed kernel double_close_select_guard: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs double_close_select_guard --fix`).
package bugs

import (
	"sync"
	"testing"
)

type doneOnce struct {
	mu sync.Mutex
	ch chan struct{}
}

func (d *doneOnce) markDone() {
	d.mu.Lock()
	defer d.mu.Unlock()
	select {
	case <-d.ch:
	default:
		close(d.ch)
	}
}

func TestMarkDone(t *testing.T) {
	for i := 0; i < 200; i++ {
		d := &doneOnce{ch: make(chan struct{})}
		var wg sync.WaitGroup
		for j := 0; j < 3; j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				d.markDone()
			}()
		}
		wg.Wait()
	}
}
