package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c(), counter()())
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * 10 }))
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	var fs []func()
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() { fmt.Print(j, " ") })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println()
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
