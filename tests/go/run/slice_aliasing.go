// slice_aliasing.go: append writes into shared backing arrays while there is
// capacity and copies when there is not; the classic aliasing surprises.
package main

import "fmt"

func main() {
	base := make([]int, 3, 5)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(base, a, b, len(base), cap(base))
	c := append(a, 3, 4)
	c[0] = 99
	fmt.Println(base[0], a[0], c[0], len(c), cap(c) >= 6)
	s := []int{1, 2, 3}
	t := s[:2]
	t = append(t, 30)
	fmt.Println(s, t)
	t = append(t, 40)
	t[0] = 10
	fmt.Println(s, t)
	orig := []string{"x", "y", "z"}
	sub := orig[1:2]
	fmt.Println(len(sub), cap(sub))
	sub = append(sub, "w")
	fmt.Println(orig)
	f := func(xs []int) { xs[0] = 1000 }
	g := func(xs []int) { xs = append(xs, 5); xs[0] = 2000 }
	v := make([]int, 1, 1)
	f(v)
	g(v)
	fmt.Println(v)
	w := make([]int, 1, 2)
	g(w)
	fmt.Println(w, w[:2])
}
