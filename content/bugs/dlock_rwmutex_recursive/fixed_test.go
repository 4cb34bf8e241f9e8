// Fixed kernel dlock_rwmutex_recursive: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs dlock_rwmutex_recursive --fix`).
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
	return c.lookupLocked(k)
}

func (c *rangeCache) lookupLocked(k int) int { return c.ranges[k] }

func (c *rangeCache) total(keys []int) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	sum := 0
	for _, k := range keys {
		time.Sleep(time.Millisecond)
		sum += c.lookupLocked(k)
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
	split := make(chan struct{})
	go func() { done <- c.total([]int{1, 2, 3}) }()
	go func() {
		defer close(split)
		time.Sleep(time.Millisecond)
		c.split(4, 4)
	}()
	if s := <-done; s != 6 {
		t.Errorf("total %d, want 6", s)
	}
	<-split
	if c.lookup(4) != 4 {
		t.Error("split lost")
	}
}
