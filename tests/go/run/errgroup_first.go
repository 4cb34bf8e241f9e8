// errgroup_first.go: run tasks concurrently, keep the first error by task
// order (not by timing), and cancel the rest through a done channel.
package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

func main() {
	done := make(chan struct{})
	var once sync.Once
	cancel := func() { once.Do(func() { close(done) }) }
	errs := make([]error, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			select {
			case <-time.After(time.Duration(10*(i+1)) * time.Millisecond):
				if i == 1 || i == 3 {
					errs[i] = fmt.Errorf("task %d failed", i)
					cancel()
				}
			case <-done:
				errs[i] = errors.New("cancelled")
			}
		}(i)
	}
	wg.Wait()
	cancel()
	var first error
	for _, e := range errs {
		if e != nil && first == nil && e.Error() != "cancelled" {
			first = e
		}
	}
	fmt.Println("first error:", first)
	for i, e := range errs {
		fmt.Println(i, e)
	}
}
