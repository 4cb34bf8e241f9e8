package main

import (
	"fmt"
	"sync"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &Cache{data: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Set(fmt.Sprintf("k%d", i%4), i)
			c.Get("k0")
		}(i)
	}
	wg.Wait()
	n := 0
	for _, k := range []string{"k0", "k1", "k2", "k3", "k4"} {
		if _, ok := c.Get(k); ok {
			n++
		}
	}
	fmt.Println(n, len(c.data))
}
