// pipeline_cancel.go: a three-stage pipeline (generate, square, filter)
// where every stage stops when done is closed; the consumer takes five
// values, cancels, and waits for all stages to exit.
package main

import (
	"fmt"
	"sync"
)

func gen(done <-chan struct{}, wg *sync.WaitGroup) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func stage(done <-chan struct{}, wg *sync.WaitGroup, in <-chan int, f func(int) (int, bool)) <-chan int {
	out := make(chan int)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(out)
		for v := range in {
			r, keep := f(v)
			if !keep {
				continue
			}
			select {
			case out <- r:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	var wg sync.WaitGroup
	sq := stage(done, &wg, gen(done, &wg), func(v int) (int, bool) { return v * v, true })
	odd := stage(done, &wg, sq, func(v int) (int, bool) { return v, v%2 == 1 })
	var got []int
	for v := range odd {
		got = append(got, v)
		if len(got) == 5 {
			break
		}
	}
	close(done)
	wg.Wait()
	fmt.Println(got)
	fmt.Println("all stages stopped")
}
