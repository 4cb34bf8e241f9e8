// Bug kernel wg_add_inside_pool (class: WaitGroup.Add called inside the
// goroutine, then a send on a closed channel).
// Modelled on the class of result-collector bugs in Kubernetes and
// Prometheus where a closer goroutine does "wg.Wait(); close(results)" and
// each worker registers itself with wg.Add inside its own goroutine.
// Breaking schedule: the closer's Wait returns before a late worker's Add;
// results is closed; the late worker sends on it.
// Shows as: a panic (send on closed channel) or a failed assertion (a
// result missing) on some runs; a race report under -race.
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
