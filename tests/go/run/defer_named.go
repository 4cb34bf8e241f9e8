// defer_named.go: deferred closures read and change named results after
// the return statement set them; deferred call arguments are evaluated at
// the defer statement; defers run LIFO, also in loops and nested calls.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func chain() (s string) {
	defer func() { s += "c" }()
	defer func() { s += "b" }()
	s = "x"
	return "a"
}

func closeErr() (err error) {
	defer func() {
		if cerr := errors.New("close failed"); err == nil {
			err = cerr
		}
	}()
	return nil
}

func args() {
	x := 1
	defer fmt.Println("deferred arg:", x)
	defer func() { fmt.Println("closure sees:", x) }()
	x = 2
}

func unnamed() int {
	n := 1
	defer func() { n = 100 }()
	return n
}

func nested() {
	defer fmt.Println("nested: outer defer")
	func() {
		defer fmt.Println("nested: inner defer")
		fmt.Println("nested: inner body")
	}()
	fmt.Println("nested: outer body")
}

type T struct{ name string }

func (t T) Close() { fmt.Println("close", t.name) }

func main() {
	fmt.Println(double(), chain(), closeErr(), unnamed())
	args()
	nested()
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	t := T{"first"}
	defer t.Close()
	t.name = "second"
	defer t.Close()
	fmt.Println("main body done")
}
