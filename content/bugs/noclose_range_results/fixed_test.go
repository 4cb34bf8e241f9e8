// Fixed kernel noclose_range_results: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs noclose_range_results --fix`).
package bugs

import (
	"sync"
	"testing"
)

func collect(targets []int) int {
	results := make(chan int)
	var wg sync.WaitGroup
	for _, tg := range targets {
		tg := tg
		wg.Add(1)
		go func() {
			defer wg.Done()
			results <- tg * 10
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

func TestCollect(t *testing.T) {
	if s := collect([]int{1, 2, 3}); s != 60 {
		t.Errorf("sum %d, want 60", s)
	}
}
