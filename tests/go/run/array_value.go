// array_value.go: arrays are values: assignment and function arguments
// copy them; pointers to arrays share; arrays of arrays and structs.
package main

import "fmt"

type Grid [3][3]int

func fill(g Grid, v int) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = v
		}
	}
	return g
}

func setFirst(p *[4]string, s string) { p[0] = s }

func main() {
	var g Grid
	h := fill(g, 7)
	fmt.Println(g[1][1], h[1][1], g == Grid{}, h == fill(Grid{}, 7))
	a := [4]string{"a", "b", "c", "d"}
	b := a
	setFirst(&b, "B")
	fmt.Println(a, b, len(a), cap(b))
	arr := [3]int{1, 2, 3}
	for i := range arr {
		arr[i] *= 10
	}
	arr[2] /= 10
	p := &arr
	for i, v := range p {
		p[2] = 200
		if i == 2 {
			fmt.Println("range over pointer saw", v)
		}
	}
	fmt.Println(len(p), p[0], *p)
	type pt struct{ x, y int }
	ps := [2]pt{{1, 2}, {3, 4}}
	qs := ps
	qs[0].x = 9
	fmt.Println(ps, qs, ps != qs)
	idx := [...]string{2: "two", 5: "five"}
	fmt.Println(len(idx), idx)
	fmt.Printf("%q %v\n", idx, [0]int{})
	s := arr[:]
	s[0] = -1
	fmt.Println(arr[0])
}
