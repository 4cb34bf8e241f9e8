// for_forms.go: every for form: three-clause, condition only, infinite with
// break, range over slices (index only, value only), strings, maps (sorted),
// channels and function results; changing the slice while ranging.
package main

import (
	"fmt"
	"sort"
)

func nums() []int {
	fmt.Println("nums called once")
	return []int{3, 1, 2}
}

func main() {
	for i, j := 0, 10; i < j; i, j = i+2, j-2 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
	}
	fmt.Println(k)
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	fmt.Println()
	for _, v := range nums() {
		fmt.Print(v)
	}
	fmt.Println()
	xs := []int{1, 2, 3}
	for i, v := range xs {
		if i == 0 {
			xs = append(xs, 100)
			xs[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(xs)
	m := map[string]int{"x": 1, "y": 2, "z": 3}
	var keys []string
	total := 0
	for k, v := range m {
		keys = append(keys, k)
		total += v
	}
	sort.Strings(keys)
	fmt.Println(keys, total)
	ch := make(chan int, 3)
	ch <- 7
	ch <- 8
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println("after loop", i)
}
