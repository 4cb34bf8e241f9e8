// fmt_strings.go: string verbs: %s %10s %-10s %.3s %q %x %X on
// strings, byte slices and string slices, and %v on nested slices.
package main

import "fmt"

func main() {
	s := "gopher"
	fmt.Printf("[%s][%10s][%-10s][%.3s][%10.2s][%-4.1s]\n", s, s, s, s, s, s)
	fmt.Printf("[%q][%x][%X][%#q]\n", s, s, s, "back`tick")
	u := "héllo"
	fmt.Printf("[%8s][%.2s][%q][%x]\n", u, u, u, u)
	fmt.Printf("%s %q %v\n", []string{"a", "b c"}, []string{"a", "b c"}, []string{"a", "b c"})
	fmt.Printf("%s %v %q\n", []byte("bytes"), []byte("ab"), []byte("q\n"))
	fmt.Printf("%v %v\n", [][]string{{"x"}, {"y", "z"}}, []interface{}{"s", 1, nil, 2.5})
	fmt.Printf("%5t|%-6t|%v\n", true, false, !true)
	fmt.Printf("%s|%10v|%-10v|\n", "", "right", "left")
	fmt.Printf("%q %q %q\n", "日本", `a"b`, "")
}
