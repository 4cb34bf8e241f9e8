// chan_fifo.go: senders blocked on a channel are served in the order they
// blocked (FIFO), for an unbuffered channel and for a full buffered one;
// at GOMAXPROCS=1 that order is the order the goroutines first ran.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); ch <- i }(i)
	}
	var got []int
	for i := 0; i < 5; i++ {
		got = append(got, <-ch)
	}
	wg.Wait()
	fmt.Println(got)
	bc := make(chan int, 2)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) { defer wg.Done(); bc <- i * 10 }(i)
	}
	got = nil
	for i := 0; i < 5; i++ {
		got = append(got, <-bc)
	}
	wg.Wait()
	fmt.Println(got)
}
