// Bug kernel wg_add_inside_pool (WaitGroup.Add called inside the goroutine),
// modelled on class: result collectors (Kubernetes, Prometheus).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs wg_add_inside_pool`.
package bugs

import (
	"sync"
	"testing"
)

func gather(n int) int {
	var wg sync.WaitGroup
	results := make(chan int, n)
	for i := 0; i < n; i++ {
		i := i
		go func() {
			wg.Add(1) // registered too late: the bug
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
