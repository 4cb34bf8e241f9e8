// fmt_composite_width.go: widths and flags on composite values apply to
// each element: %5v on a slice, %6v on a struct, %x on a string slice,
// %05s zero-padding a string, %03d in a slice.
package main

import "fmt"

type pair struct{ A, B int }

func main() {
	fmt.Printf("[%5v]\n", []int{1, 22})
	fmt.Printf("[%-4v]\n", []string{"a", "bb"})
	fmt.Printf("[%6v]\n", pair{1, 2})
	fmt.Printf("[%03d]\n", []int{7, 42})
	fmt.Printf("[%x]\n", []string{"ab", "c"})
	fmt.Printf("[%05s][%-05s]\n", "ab", "cd")
	fmt.Printf("[%6.2f]\n", []float64{1, 2.345})
	fmt.Printf("[%q]\n", map[string]int{"k": 1})
	fmt.Printf("[%4v]\n", map[string]int{"a": 1})
}
