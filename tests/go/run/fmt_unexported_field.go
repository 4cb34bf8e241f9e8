// fmt_unexported_field.go: fmt does not call String/Error on unexported
// struct fields (it cannot reach them); it prints the underlying value.
package main

import "fmt"

type Color int

func (c Color) String() string { return "color" }

type S struct {
	C Color
	c Color
}

func main() {
	fmt.Printf("%v %+v\n", S{1, 2}, S{1, 2})
}
