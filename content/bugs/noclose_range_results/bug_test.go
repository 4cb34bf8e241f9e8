// Bug kernel noclose_range_results (missing close (range or waiter never
// ends)), modelled on class: fan-in collectors (Prometheus, Kubernetes).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs noclose_range_results`.
package bugs

import (
	"sync"
	"testing"
	"time"
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
	sum := 0
	for r := range results { // nobody closes results: the bug
		sum += r
	}
	wg.Wait()
	return sum
}

func TestCollect(t *testing.T) {
	done := make(chan int)
	go func() { done <- collect([]int{1, 2, 3}) }()
	select {
	case s := <-done:
		if s != 60 {
			t.Errorf("sum %d, want 60", s)
		}
	case <-time.After(100 * time.Millisecond):
		t.Fatal("range over results never ends: the channel is never closed")
	}
}
