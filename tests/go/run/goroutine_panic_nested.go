// goroutine_panic_nested.go: a panic deep in a goroutine's calls, with its
// deferred prints, crashes the whole program; main's own defers do not run.
// The report names the goroutine and every frame.
package main

import (
	"fmt"
	"time"
)

func parse(s string) int {
	if s == "" {
		panic("parse: empty input")
	}
	return len(s)
}

func handle(inputs []string, done chan<- int) {
	defer fmt.Println("handle: deferred")
	total := 0
	for _, s := range inputs {
		total += parse(s)
	}
	done <- total
}

func main() {
	defer fmt.Println("main: deferred (not printed)")
	done := make(chan int)
	go handle([]string{"ab", "c"}, done)
	fmt.Println("first total", <-done)
	go handle([]string{"x", ""}, done)
	select {
	case t := <-done:
		fmt.Println("never", t)
	case <-time.After(time.Second):
		fmt.Println("never")
	}
}
