// struct_compare.go: struct equality field by field (nested structs,
// arrays, strings, pointers, interfaces), structs as map keys, zero values.
package main

import "fmt"

type Inner struct {
	A [2]int
	S string
}

type Outer struct {
	In  Inner
	P   *int
	Any interface{}
}

func main() {
	x := 5
	a := Outer{Inner{[2]int{1, 2}, "s"}, &x, 3}
	b := Outer{Inner{[2]int{1, 2}, "s"}, &x, 3}
	fmt.Println(a == b)
	b.Any = int64(3)
	fmt.Println(a == b, a.In == b.In)
	y := 5
	b.Any = 3
	b.P = &y
	fmt.Println(a == b, *a.P == *b.P)
	var z Outer
	fmt.Println(z == Outer{}, z.P == nil, z.Any == nil, z.In.A)
	seen := map[Inner]int{}
	seen[Inner{S: "k"}]++
	seen[Inner{[2]int{0, 0}, "k"}]++
	fmt.Println(seen)
	type pair struct{ a, b string }
	ps := []pair{{"x", "y"}, {"x", "y"}, {"y", "x"}}
	fmt.Println(ps[0] == ps[1], ps[1] == ps[2], ps[0] != ps[2])
}
