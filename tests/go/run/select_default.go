// select_default.go: select with default: non-blocking receive on an empty
// channel, non-blocking send on a full one, a try-send loop, and select
// picking the only ready case.
package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	fmt.Println(tryRecv(ch))
	for i := 1; i <= 4; i++ {
		fmt.Print(trySend(ch, i), " ")
	}
	fmt.Println(len(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	fmt.Println(tryRecv(ch))
	a := make(chan string, 1)
	b := make(chan string, 1)
	b <- "from b"
	select {
	case s := <-a:
		fmt.Println(s)
	case s := <-b:
		fmt.Println(s)
	}
	unbuf := make(chan int)
	select {
	case unbuf <- 1:
		fmt.Println("sent without receiver?")
	default:
		fmt.Println("no receiver ready")
	}
	var nilCh chan int
	select {
	case nilCh <- 1:
		fmt.Println("never")
	case <-nilCh:
		fmt.Println("never")
	default:
		fmt.Println("nil channels never ready")
	}
}
