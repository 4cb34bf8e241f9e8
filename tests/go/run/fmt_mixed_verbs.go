// fmt_mixed_verbs.go: widths, precisions and flags across verbs and
// operand kinds: padded struct fields and slice elements, Stringers in
// slices and maps, float32 elements, %d of a nil pointer (0), %s of a
// nil error, Sprint spacing.
package main

import (
	"errors"
	"fmt"
	"time"
)

type T struct {
	A int
	B string
}

type St int

func (s St) String() string { return fmt.Sprintf("st%d", int(s)) }

func main() {
	fmt.Printf("[%-8v][%8v][%08.3f][%10x][%5t][%5q][%-5c][%05d][%+.2e]\n", T{1, "x"}, 2*time.Second, -1.5, []byte("ab"), true, "a", 'z', -42, 12345.678)
	fmt.Printf("[%6v][%-6s][%v][%d]\n", St(3), St(4), []St{1, 2}, []St{1, 2})
	fmt.Printf("[%8v][%v][%s]\n", errors.New("e"), []error{errors.New("x")}, map[St]St{1: 2})
	fmt.Printf("[%3v][%-4v][%x][%X]\n", []interface{}{1, "a", 2.5, nil}, struct{ P *int }{nil}, "héllo", []byte{0xab})
	fmt.Printf("[%v][%+v][%5.1f][%-7.3s]|\n", &T{2, "y"}, []*T{nil}, []float32{1.25, 2}, "abcdef")
	fmt.Printf("%v %.3v %10.4v|%-10v|\n", 1e21, 3.14159, 2.0/3, 1e-7)
	fmt.Printf("%6.2f%% %c %U %#o %#b %o %O\n", 12.345, 0x1F600, 'x', 8, 5, 8, 8)
	fmt.Printf("%t %v %08b %3c|%-4q|%#x %#X\n", false, int8(-5), 5, 'a', 'b', 255, 255)
	var ip *int
	var e error
	fmt.Printf("%v %v %d %s %+v\n", ip, e, ip, e, e)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil, nil), fmt.Sprintln("x", 1))
}
