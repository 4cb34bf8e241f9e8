// fmt_pointer_composite.go: a pointer operand to a struct, array, slice or
// map prints as & and the value for every verb but %p (%v, %s, %d, %x,
// %#v); deeper pointers print as addresses.
package main

import "fmt"

type P struct{ A int }

func main() {
	s := []int{1, 2}
	m := map[string]int{"a": 1}
	a := [2]string{"x", "y"}
	p := &P{3}
	fmt.Printf("%v %v %v %v\n", &s, &m, &a, p)
	fmt.Printf("%s %d %x\n", &a, &s, p)
	fmt.Printf("%#v %#v\n", &s, &m)
	fmt.Println(&s, []*P{p}[0].A)
}
