// Bug kernel wg_wait_in_loop (WaitGroup Add after / racing Wait, Wait
// misplaced), modelled on moby#25384 (as we understand it).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs wg_wait_in_loop`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

func restorePlugins(plugins []string, restored *int32, mu *sync.Mutex) {
	var group sync.WaitGroup
	group.Add(len(plugins))
	for _, p := range plugins {
		p := p
		go func() {
			defer group.Done()
			_ = p
			mu.Lock()
			*restored++
			mu.Unlock()
		}()
		group.Wait() // inside the loop: the bug
	}
}

func TestRestorePlugins(t *testing.T) {
	var mu sync.Mutex
	var restored int32
	done := make(chan struct{})
	go func() {
		restorePlugins([]string{"a", "b", "c"}, &restored, &mu)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(100 * time.Millisecond):
		t.Fatal("deadlock: Wait called before every plugin was started")
	}
}
