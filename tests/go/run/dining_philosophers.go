// dining_philosophers.go: five philosophers share forks (mutexes) and avoid
// deadlock by always taking the lower-numbered fork first; meal counts
// are printed after all finish.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	const n = 5
	forks := make([]sync.Mutex, n)
	meals := make([]int, n)
	var wg sync.WaitGroup
	for p := 0; p < n; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			left, right := p, (p+1)%n
			if left > right {
				left, right = right, left
			}
			for m := 0; m < 3; m++ {
				forks[left].Lock()
				forks[right].Lock()
				meals[p]++
				time.Sleep(time.Millisecond)
				forks[right].Unlock()
				forks[left].Unlock()
			}
		}(p)
	}
	wg.Wait()
	fmt.Println("meals:", meals)
}
