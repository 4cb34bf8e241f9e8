// deadlock_range.go: ranging over a channel the producer never closes:
// after the values, main blocks in chan receive and the other goroutine
// has exited, so Go reports a deadlock.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
}
