// crash_slice_bounds.go: slicing past the capacity crashes with Go's
// "slice bounds out of range" message and exit status 2.
package main

import "fmt"

func window(s []int, from, to int) []int { return s[from:to] }

func main() {
	s := make([]int, 3, 5)
	fmt.Println(window(s, 1, 5))
	fmt.Println(window(s, 2, 6))
}
