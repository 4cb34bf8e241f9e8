// pattern_or_done.go: the or-done and tee patterns: orDone wraps a channel so
// reads stop when done closes; tee copies one stream into two consumers.
package main

import (
	"fmt"
	"sync"
)

func orDone(done <-chan struct{}, c <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func tee(in <-chan int) (<-chan int, <-chan int) {
	a, b := make(chan int), make(chan int)
	go func() {
		defer close(a)
		defer close(b)
		for v := range in {
			a1, b1 := a, b
			for i := 0; i < 2; i++ {
				select {
				case a1 <- v:
					a1 = nil
				case b1 <- v * 10:
					b1 = nil
				}
			}
		}
	}()
	return a, b
}

func count(n int) <-chan int {
	c := make(chan int)
	go func() {
		defer close(c)
		for i := 1; i <= n; i++ {
			c <- i
		}
	}()
	return c
}

func main() {
	done := make(chan struct{})
	sum := 0
	for v := range orDone(done, count(5)) {
		sum += v
	}
	fmt.Println("sum", sum)
	close(done)
	a, b := tee(count(4))
	var wg sync.WaitGroup
	var sa, sb []int
	wg.Add(2)
	go func() {
		defer wg.Done()
		for v := range a {
			sa = append(sa, v)
		}
	}()
	go func() {
		defer wg.Done()
		for v := range b {
			sb = append(sb, v)
		}
	}()
	wg.Wait()
	fmt.Println(sa, sb)
}
