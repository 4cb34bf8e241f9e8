// chan_buffered.go: buffered channels: len and cap while filling and
// draining, FIFO order, a full buffer blocking the sender until a receive,
// and receiving what was buffered after close.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch, len(ch))
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	done := make(chan bool)
	go func() {
		ch <- "e"
		done <- true
	}()
	fmt.Println(<-ch)
	<-done
	close(ch)
	fmt.Println(len(ch))
	for s := range ch {
		fmt.Print(s, " ")
	}
	fmt.Println(len(ch))
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
	var unb = make(chan int)
	fmt.Println(len(unb), cap(unb))
}
