// strings_edge.go: library calls on empty and degenerate input: sorting and
// searching nil slices, Split with a separator longer than the string,
// Replace with n beyond the count, Join of empty strings, a Builder's
// String() as a snapshot, and the panic of a negative Repeat count.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	var xs []int
	sort.Ints(xs)
	fmt.Println(xs, sort.SearchInts(xs, 3), sort.SearchInts([]int{1, 1, 1}, 1), sort.SearchInts([]int{1, 3}, 2))
	fmt.Printf("%q %q %q\n", strings.Split("ab", "abc"), strings.Replace("aa", "a", "b", 5), strings.Split("a,b", ""))
	var sb strings.Builder
	sb.WriteString("abc")
	s := sb.String()
	sb.WriteString("def")
	fmt.Println(s, sb.String(), sb.Len())
	parts := strings.Fields("  a  b  ")
	parts[0] = "z"
	fmt.Println(parts, len(parts))
	fmt.Printf("%q %q\n", strings.Join([]string{"", "", ""}, "-"), strings.Join([]string{}, "-"))
	fmt.Println(strings.Count("", ""), strings.Index("abc", "c"), strings.Contains("", "a"), strings.HasSuffix("", ""))
	defer func() { fmt.Println("recovered:", recover()) }()
	n := -1
	fmt.Println(strings.Repeat("x", n))
}
