// fmt_width_args.go: widths and precisions from arguments (%*d, %-*d,
// %.*f, %*.*f, a negative width meaning left-justify).
package main

import "fmt"

func main() {
	fmt.Printf("[%*d][%-*d][%.*f]\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("[%*s][%*s]\n", -6, "ab", 6, "ab")
	fmt.Printf("[%*.*f][%-*.*s]\n", 8, 3, 2.5, 5, 2, "abcdef")
	for _, w := range []int{1, 3, 6} {
		fmt.Printf("|%*s|\n", w, "x")
	}
}
