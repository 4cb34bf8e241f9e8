// fmt_gosyntax.go: %#v of nested values (nil interfaces, pointers, byte
// slices, unsigned ints in hex, maps, empty structs, struct slices), %#x
// and "% #x" on strings, %#q (back quotes when possible) and the flags
// and width kept inside a wrong verb's %!d(string=   hi).
package main

import "fmt"

type P struct {
	X int
	S string
}
type W struct {
	I  interface{}
	Q  *P
	B  []byte
	A  [2]bool
	U  uint8
	F  float64
	M  map[int]string
	E  struct{}
	Pp []P
}

func main() {
	fmt.Printf("%#v\n", W{})
	fmt.Printf("%#v\n", W{I: 3, B: []byte{1, 2}, U: 7, F: 2.5, M: map[int]string{2: "b", 1: "a"}, Pp: []P{{1, "x"}}})
	fmt.Printf("%#v %#v %#v %#v %#v\n", []interface{}{1, "a", nil}, uint(42), 'x', [2]byte{1, 2}, struct{ A int }{1})
	var np *P
	fmt.Printf("%#v %#v %#v %#v\n", np, 1.0, true, map[string]bool(nil))
	fmt.Printf("%#x %# x %#X\n", "hi", "hi", []byte("hi"))
	fmt.Printf("%#q %#q %#q\n", "a`b", "ab", 'x')
	fmt.Printf("%5d|%-5s|%05d|%x\n", "hi", 3, "s", nil)
}
