// Bug kernel loopvar_index_panic (class: goroutine capturing the loop
// variable; Go 1.19 semantics).
// Modelled on: moby#27037 (TestAPIStatsNetworkStatsVersioning), where
// goroutines started in a loop read the loop variable that the loop kept
// writing (race detector report). Here the captured variable is a
// three-clause loop's index: once the loop has finished it equals len, one
// past the last element.
// Breaking schedule: a goroutine runs after the loop's final i++.
// Shows as: a panic (index out of range) when a goroutine is late, which
// is most runs; a race report under -race.
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
