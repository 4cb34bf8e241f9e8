// string_ops.go: string concatenation in loops, comparison (bytewise,
// including non-ASCII), immutability via copies, and strings.Compare.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	t := s
	s += "!"
	fmt.Println(s, t, len(s), len(t))
	words := []string{"apple", "Apple", "banana", "", "é", "z", "apples"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			a, b := words[i], words[j]
			fmt.Print(a < b, a == b, a >= b, " ")
		}
		fmt.Println()
	}
	x := "go" + "pher"
	y := "gopher"
	fmt.Println(x == y, x[:2] == y[:2], x > "gopha", "" < "a", "abc" <= "abc")
	multi := "line1\n" +
		"line2"
	fmt.Println(multi, len(multi))
	u := strings.Repeat("ab", 3) + fmt.Sprint(12) + string([]byte{'x', 'y'})
	fmt.Println(u)
}
