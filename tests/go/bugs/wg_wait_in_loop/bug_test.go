// Bug kernel wg_wait_in_loop (class: WaitGroup misuse, Wait before all work
// was started).
// Modelled on: moby#25384, which GoBench files as "Misuse WaitGroup": as we
// understand it, a group was sized for every plugin up front but Wait was
// called inside the loop that starts the per-plugin goroutines, so the first
// Wait waits for goroutines that are never started.
// Breaking schedule: every schedule with more than one plugin.
// Shows as: a deadlock of the test goroutine (the watchdog fails the test).
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
