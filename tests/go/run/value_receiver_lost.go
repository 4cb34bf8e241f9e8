// value_receiver_lost.go: a method with a value receiver changes a copy:
// the counter never moves, and the mutex it locks is a copy too; the
// pointer-receiver version counts correctly.
package main

import (
	"fmt"
	"sync"
)

type ByValue struct {
	mu sync.Mutex
	n  int
}

func (c ByValue) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

type ByPointer struct {
	mu sync.Mutex
	n  int
}

func (c *ByPointer) Inc() {
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func main() {
	var v ByValue
	var p ByPointer
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(2)
		go func() { defer wg.Done(); v.Inc() }()
		go func() { defer wg.Done(); p.Inc() }()
	}
	wg.Wait()
	fmt.Println("by value:", v.n, "by pointer:", p.n)
}
