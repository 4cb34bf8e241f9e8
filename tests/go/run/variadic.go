// variadic.go: variadic parameters: no arguments (a nil slice), spreading a
// slice (shared, not copied), forwarding ...interface{} to fmt, and
// variadic func values.
package main

import (
	"fmt"
	"strings"
)

func count(xs ...int) (int, bool) { return len(xs), xs == nil }

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func logf(prefix string, args ...interface{}) string {
	return prefix + fmt.Sprint(args...) + "|" + fmt.Sprintln(args...)
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func max(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		if v > m {
			m = v
		}
	}
	return m
}

func main() {
	fmt.Println(count())
	fmt.Println(count(1, 2))
	s := []int{5, 6, 7}
	fmt.Println(count(s...))
	zeroFirst(s...)
	zeroFirst(s[1], s[2])
	fmt.Println(s)
	fmt.Print(logf("> ", 1, "a", 2, 3, "b", "c"))
	fmt.Print(logf("> "))
	fmt.Println(join("-", "a", "b", "c"), join(","), max(3), max(1, 9, 4))
	var f func(...int) (int, bool) = count
	fmt.Println(f(1, 2, 3))
	fmt.Printf("%T\n", f)
	args := []interface{}{"x", 1}
	fmt.Println(args...)
	fmt.Println(append([]int{}, s...), append(s[:1], 8, 9))
}
