// mutex_waiters.go: goroutines queued on a locked Mutex get it one after
// another once main unlocks; every append happens exactly once and under
// the lock, in an order Go fixes at GOMAXPROCS=1.
package main

import (
	"fmt"
	"sync"
)

func yield() {
	ch := make(chan int, 1)
	ch <- 1
	<-ch
}

func main() {
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	mu.Lock()
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	for i := 0; i < 3; i++ {
		yield()
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println(order)
}
