// multi_results.go: multiple results: swaps, discarding with _, passing
// f(g()) directly, named results with naked return, and order of
// evaluation in parallel assignment.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func minmax(xs []int) (min, max int) {
	min, max = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return
}

func add(a, b int) int { return a + b }

func three() (int, string, error) { return 3, "three", nil }

func parse(s string) (n int, err error) {
	n, err = strconv.Atoi(s)
	if err != nil {
		return -1, err
	}
	return
}

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	q, _ := divmod(17, 5)
	_, r := divmod(17, 5)
	fmt.Println(q, r, add(divmod(17, 5)))
	fmt.Println(minmax([]int{4, -2, 9, 0}))
	n, s, err := three()
	fmt.Println(n, s, err)
	fmt.Println(parse("12"))
	fmt.Println(parse("zz"))
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 2, 9
	fmt.Println(i, xs)
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	m := map[string]int{}
	m["a"], m["b"] = divmod(7, 2)
	fmt.Println(m)
}
