// Fixed kernel loopvar_index_panic: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs loopvar_index_panic --fix`).
package bugs

import (
	"sync"
	"testing"
)

func TestStatsVersioning(t *testing.T) {
	versions := []string{"1.21", "1.22", "1.23"}
	seen := make([]bool, len(versions))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for i := 0; i < len(versions); i++ {
		i := i
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			seen[i] = versions[i] != ""
			mu.Unlock()
		}()
	}
	wg.Wait()
	for i, s := range seen {
		if !s {
			t.Errorf("version %s never queried", versions[i])
		}
	}
}
