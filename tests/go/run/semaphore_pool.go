// semaphore_pool.go: a buffered channel as a counting semaphore limits how
// many goroutines are inside at once; the peak is measured under a mutex
// and the results collected in index order.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const limit = 2
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	active, peak := 0, 0
	out := make([]string, 6)
	var wg sync.WaitGroup
	for i := range out {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			time.Sleep(5 * time.Millisecond)
			out[i] = fmt.Sprintf("task%d", i)
			mu.Lock()
			active--
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(out)
	fmt.Println("peak", peak, "limit", limit, "active", active, "free", cap(sem)-len(sem))
}
