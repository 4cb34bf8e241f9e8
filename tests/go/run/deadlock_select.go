// deadlock_select.go: a select whose cases can never be ready (a nil
// channel and an unbuffered one with no partner) deadlocks: Go reports
// goroutine 1 in select.
package main

import "fmt"

func main() {
	var never chan int
	lonely := make(chan int)
	fmt.Println("selecting")
	select {
	case <-never:
	case lonely <- 1:
	}
}
