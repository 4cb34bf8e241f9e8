// goroutine_closure_sum.go: goroutines that capture variables by reference
// (guarded by a mutex) vs. take parameters; results written to distinct
// slice slots need no lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	total := 0
	squares := make([]int, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			squares[n] = n * n
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total, squares)
	words := []string{"go", "is", "fun"}
	lengths := make(map[string]int)
	for _, w := range words {
		w := w
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			lengths[w] = len(w)
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(lengths)
	counter := struct {
		sync.Mutex
		n int
	}{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			counter.Lock()
			defer counter.Unlock()
			counter.n++
		}()
	}
	wg.Wait()
	fmt.Println(counter.n)
}
