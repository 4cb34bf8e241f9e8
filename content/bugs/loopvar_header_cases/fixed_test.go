// Fixed kernel loopvar_header_cases: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs loopvar_header_cases --fix`).
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
		go func(c headerCase) {
			defer wg.Done()
			mu.Lock()
			checked[c.in] = true
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	if len(checked) != len(cases) {
		t.Errorf("checked %d distinct cases, want %d", len(checked), len(cases))
	}
}
