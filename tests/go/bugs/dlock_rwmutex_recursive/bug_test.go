// Bug kernel dlock_rwmutex_recursive (class: double lock through a method
// call, recursive read lock).
// Modelled on the class GoBench calls "RWR deadlock" (cockroach#6181,
// cockroach#3710, kubernetes#62464): a method holding a sync.RWMutex read
// lock calls another method that read-locks the same mutex. That is fine
// alone, but a writer that arrives in between blocks all new readers, so the
// inner RLock waits for the writer, which waits for the outer RLock.
// Breaking schedule: the writer's Lock lands between the outer and the inner
// RLock.
// Shows as: a three-way deadlock (watchdog fails the test), when the writer
// arrives inside the window.
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
