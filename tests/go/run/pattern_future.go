// pattern_future.go: futures as buffered channels of one result: start
// several computations, do other work, then wait for each in turn; errors
// travel with the values.
package main

import (
	"errors"
	"fmt"
	"time"
)

type result struct {
	v   int
	err error
}

func future(f func() (int, error)) <-chan result {
	ch := make(chan result, 1)
	go func() {
		v, err := f()
		ch <- result{v, err}
	}()
	return ch
}

func slowSquare(n int, d time.Duration) func() (int, error) {
	return func() (int, error) {
		time.Sleep(d)
		if n < 0 {
			return 0, errors.New("negative input")
		}
		return n * n, nil
	}
}

func main() {
	f1 := future(slowSquare(3, 30*time.Millisecond))
	f2 := future(slowSquare(-1, 10*time.Millisecond))
	f3 := future(slowSquare(5, 20*time.Millisecond))
	fmt.Println("futures started")
	for i, f := range []<-chan result{f1, f2, f3} {
		r := <-f
		if r.err != nil {
			fmt.Println(i, "error:", r.err)
			continue
		}
		fmt.Println(i, "value:", r.v)
	}
}
