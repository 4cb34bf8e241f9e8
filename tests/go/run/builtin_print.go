// builtin_print.go: the builtins print and println write to standard error,
// in their own format (spaces between operands, no Stringer use).
package main

import "fmt"

type S int

func (S) String() string { return "stringer" }

func main() {
	fmt.Println("stdout first")
	println("println:", 1, true, "x", 'a')
	print("print:", 1, 2, "\n")
	println(-7, "", 0)
	println(S(3), int8(-1), uint64(1<<63))
	var p *int
	println(p == nil)
	fmt.Println("stdout last")
}
