// shadowing.go: scopes: variables shadowed in if/else, for and switch
// blocks and function literals; := redeclaring with one new variable;
// package-level names shadowed by locals.
package main

import (
	"errors"
	"fmt"
)

var x = "package"

func get() (int, error) { return 1, nil }

func main() {
	fmt.Println(x)
	x := "main"
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	fmt.Println(x)
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	a, err := get()
	b, err := get()
	fmt.Println(a, b, err)
	if err := errors.New("inner"); err != nil {
		fmt.Println(err)
	}
	fmt.Println(err)
	{
		x := 3.5
		fmt.Println(x)
	}
	func() {
		x = "changed by closure"
		x := "local to closure"
		_ = x
	}()
	fmt.Println(x)
	switch y := len(x); {
	case y > 5:
		x := "switch"
		fmt.Println(x, y)
	}
	fmt.Println(len(x), true)
	true := false
	len := 7
	fmt.Println(true, len)
}
