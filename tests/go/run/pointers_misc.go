// pointers_misc.go: swapping fields through a struct pointer, indexing and
// slicing through an array pointer, a pointer to a channel, closures
// incrementing through pointers, cyclic lists, and arrays of structs in
// maps copied on read.
package main

import "fmt"

type T struct{ a, b int }

func main() {
	t := T{1, 2}
	p := &t
	p.a, p.b = p.b, p.a
	fmt.Println(t)
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[0], pa[2] = pa[2], pa[0]
	fmt.Println(arr, len(pa), pa[1:])
	pc := new(chan int)
	*pc = make(chan int, 1)
	*pc <- 4
	if v, ok := <-*pc; ok {
		fmt.Println("from *pc:", v)
	}
	x := 10
	px := &x
	bump := func() { *px++ }
	bump()
	bump()
	m := map[string]*int{"x": &x}
	*m["x"] += 5
	fmt.Println(x)
	type node struct {
		next *node
		v    int
	}
	n := &node{v: 1}
	n.next = &node{v: 2, next: n}
	fmt.Println(n.next.next.v, n.next.next == n)
	var as [3]struct{ x int }
	as[1].x = 5
	bs := as
	bs[1].x = 6
	fmt.Println(as, bs)
	mk := map[string][2]int{"k": {1, 2}}
	v := mk["k"]
	v[0] = 10
	fmt.Println(mk, v)
}
