// Bug kernel dlock_rwmutex_recursive (double lock through a method call /
// lock kept on a return), modelled on class: GoBench RWR (cockroach#6181,
// #3710, kubernetes#62464).
// Its story, the schedule that breaks it and the fix are its entry in
// content/bugs.json: `conclab bugs dlock_rwmutex_recursive`.
package bugs

import (
	"sync"
	"testing"
	"time"
)

type rangeCache struct {
	mu     sync.RWMutex
	ranges map[int]int
}

func (c *rangeCache) lookup(k int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.ranges[k]
}

// total read-locks, then calls lookup, which read-locks again: the bug.
func (c *rangeCache) total(keys []int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	sum := 0
	for _, k := range keys {
		time.Sleep(time.Millisecond)
		sum += c.lookup(k)
	}
	return sum
}

func (c *rangeCache) split(k, v int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ranges[k] = v
}

func TestRangeCache(t *testing.T) {
	c := &rangeCache{ranges: map[int]int{1: 1, 2: 2, 3: 3}}
	done := make(chan int)
	go func() { done <- c.total([]int{1, 2, 3}) }()
	go func() {
		time.Sleep(time.Millisecond)
		c.split(4, 4)
	}()
	select {
	case s := <-done:
		if s != 6 {
			t.Errorf("total %d, want 6", s)
		}
	case <-time.After(100 * time.Millisecond):
		t.Fatal("deadlock: nested RLock behind a waiting writer")
	}
}
