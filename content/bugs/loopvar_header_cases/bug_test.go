// Bug kernel loopvar_header_cases (goroutine capturing the loop variable (Go
// 1.19)), modelled on moby#22941.
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs loopvar_header_cases`.
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
