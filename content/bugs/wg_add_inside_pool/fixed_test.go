// Fixed kernel wg_add_inside_pool: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs wg_add_inside_pool --fix`).
package bugs

import (
	"sync"
	"testing"
)

func gather(n int) int {
	var wg sync.WaitGroup
	results := make(chan int, n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		i := i
		go func() {
			defer wg.Done()
			results <- i
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	return sum
}

func TestGather(t *testing.T) {
	if s := gather(4); s != 0+1+2+3 {
		t.Errorf("sum %d, want 6", s)
	}
}
