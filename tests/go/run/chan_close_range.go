// chan_close_range.go: close wakes every receiver; range stops at close;
// comma-ok tells a zero value from a closed channel; a closed channel is
// always ready in select.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	var woke []int
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			v, ok := <-ch
			mu.Lock()
			woke = append(woke, id)
			mu.Unlock()
			if v != 0 || ok {
				fmt.Println("unexpected", v, ok)
			}
		}(i)
	}
	close(ch)
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken:", woke)
	nums := make(chan int)
	go func() {
		for i := 1; i <= 4; i++ {
			nums <- i * i
		}
		close(nums)
	}()
	sum := 0
	for n := range nums {
		sum += n
	}
	fmt.Println("sum", sum)
	zeros := make(chan int, 1)
	zeros <- 0
	v, ok := <-zeros
	fmt.Println(v, ok)
	close(zeros)
	v, ok = <-zeros
	fmt.Println(v, ok)
	hits := 0
	for i := 0; i < 3; i++ {
		select {
		case <-zeros:
			hits++
		default:
			fmt.Println("default")
		}
	}
	fmt.Println("closed was ready", hits, "times")
}
