package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			fmt.Println("shared i:", i)
		}()
	}
	wg.Wait()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			fmt.Println("own n:", n)
		}(i)
	}
	wg.Wait()
	results := make(chan string)
	go func() {
		defer close(results)
		for _, w := range []string{"a", "b", "c"} {
			results <- w
		}
	}()
	for {
		select {
		case r, ok := <-results:
			if !ok {
				fmt.Println("done")
				return
			}
			fmt.Println("result", r)
		}
	}
}
