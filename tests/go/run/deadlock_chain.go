// deadlock_chain.go: goroutines waiting on each other in a ring (each
// receives before it sends) never start: a deadlock with one goroutine
// per link in the report, plus main blocked in chan receive.
package main

import "fmt"

func link(in <-chan int, out chan<- int) {
	v := <-in
	out <- v + 1
}

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	go link(a, b)
	go link(b, c)
	go link(c, a)
	fmt.Println("ring built")
	done := make(chan int)
	fmt.Println(<-done)
}
