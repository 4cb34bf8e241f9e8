// Fixed kernel wg_wait_in_loop: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs wg_wait_in_loop --fix`).
package bugs

import (
	"sync"
	"testing"
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
	}
	group.Wait()
}

func TestRestorePlugins(t *testing.T) {
	var mu sync.Mutex
	var restored int32
	restorePlugins([]string{"a", "b", "c"}, &restored, &mu)
	if restored != 3 {
		t.Errorf("restored %d plugins, want 3", restored)
	}
}
