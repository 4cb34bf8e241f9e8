// select_eval.go: all channel operands and send values in a select are
// evaluated once, in source order, before one case is chosen, even for
// cases not taken.
package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func main() {
	a := make(chan int, 1)
	b := make(chan int)
	c := make(chan int, 1)
	c <- 5
	select {
	case ch("a", a) <- val("a", 1):
		fmt.Println("sent to a")
	case ch("b", b) <- val("b", 2):
		fmt.Println("sent to b")
	}
	fmt.Println(trace)
	trace = nil
	select {
	case v := <-ch("c", c):
		fmt.Println("got", v)
	case ch("b", b) <- val("b2", 3):
		fmt.Println("never")
	}
	fmt.Println(trace, len(a))
}
