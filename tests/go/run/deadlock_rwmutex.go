// deadlock_rwmutex.go: upgrading a read lock to a write lock in the same
// goroutine (RLock then Lock) deadlocks.
package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu sync.RWMutex
	m  map[string]int
}

func (c *Cache) GetOrSet(k string) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if v, ok := c.m[k]; ok {
		return v
	}
	c.mu.Lock()
	c.m[k] = len(k)
	c.mu.Unlock()
	return c.m[k]
}

func main() {
	c := &Cache{m: map[string]int{"a": 1}}
	fmt.Println(c.GetOrSet("a"))
	fmt.Println(c.GetOrSet("bb"))
}
