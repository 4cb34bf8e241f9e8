// Bug kernel loopvar_header_cases (class: goroutine capturing the loop
// variable; Go 1.19 semantics, one variable for the whole loop).
// Modelled on: moby#22941 (TestHeaderOverrideHack). The test ranged over a
// table of cases and started a goroutine per case that read the loop
// variable; the race detector reported the loop's write against the
// goroutine's read.
// Breaking schedule: the loop moves on (or ends) before a goroutine reads
// the variable, so several goroutines check the same case and others are
// never checked.
// Shows as: a race report under -race, and a failed assertion (not every
// case was checked) on most runs.
package bugs

import (
	"sync"
	"testing"
)

type headerCase struct {
	in, want string
}

func TestHeaderOverrideHack(t *testing.T) {
	cases := []headerCase{{"GET /a", "a"}, {"GET /b", "b"}, {"GET /c", "c"}}
	var mu sync.Mutex
	checked := map[string]bool{}
	var wg sync.WaitGroup
	for _, c := range cases {
		wg.Add(1)
		go func() { // captures c, shared by every iteration: the bug
			defer wg.Done()
			mu.Lock()
			checked[c.in] = true
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(checked) != len(cases) {
		t.Errorf("checked %d distinct cases, want %d", len(checked), len(cases))
	}
}
