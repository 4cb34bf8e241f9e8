// Bug kernel loopvar_index_panic (goroutine capturing the loop variable (Go
// 1.19)), modelled on moby#27037.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs loopvar_index_panic`.
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
		wg.Add(1)
		go func() { // captures i: the bug
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
