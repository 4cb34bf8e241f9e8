// chan_direction.go: send-only and receive-only channel types in function
// signatures, implicit conversion from bidirectional, channels of
// structs and of funcs, and %T of channel types.
package main

import "fmt"

type job struct {
	id   int
	work func(int) int
}

func producer(out chan<- job) {
	for i := 1; i <= 3; i++ {
		k := i
		out <- job{i, func(x int) int { return x * k }}
	}
	close(out)
}

func consumer(in <-chan job, done chan<- []int) {
	var res []int
	for j := range in {
		res = append(res, j.work(10)+j.id)
	}
	done <- res
}

func main() {
	jobs := make(chan job)
	done := make(chan []int)
	go producer(jobs)
	go consumer(jobs, done)
	fmt.Println(<-done)
	var send chan<- int
	var recv <-chan int
	both := make(chan int, 1)
	send, recv = both, both
	send <- 5
	fmt.Println(<-recv)
	fmt.Printf("%T %T %T %T\n", send, recv, both, make(chan chan<- string))
	fns := make(chan func() string, 2)
	fns <- func() string { return "first" }
	fns <- func() string { return "second" }
	fmt.Println((<-fns)(), (<-fns)())
}
