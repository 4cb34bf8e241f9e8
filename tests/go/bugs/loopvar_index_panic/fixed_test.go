// Fixed kernel loopvar_index_panic (see bug_test.go).
// The fix: copy the index inside the loop body (i := i) before the
// goroutine captures it.
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
