// fmt_lib_misc.go: fmt details: %!w for a nil or non-error operand,
// BADINDEX and EXTRA with argument indexes, %x/%X/%b on float32 and
// float64 (zero, negative, precision rounding up), %+q and %q on
// non-printable and non-ASCII runes, widths on nested slices and maps.
package main

import (
	"fmt"
)

func main() {
	fmt.Println(fmt.Errorf("nil: %w", nil))
	fmt.Println(fmt.Errorf("not error: %w", "str"))
	fmt.Printf("%[3]d|%[0]d|%[x]d|%d\n", 1, 2)
	fmt.Printf("%[2]d %[1]d\n", 1, 2, 3)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%x %x %X %.0x %.1x %b %b\n", 0.0, -2.0, 255.5, 1.5, 1.96875, float32(1), -0.5)
	fmt.Printf("%x %.3x\n", float32(0.1), 1e-310)
	fmt.Printf("%q %+q %q %+q %#q\n", "\x00\x7f\u0085é😀", "é😀\n", 'é', '😀', "a\tb")
	fmt.Printf("[%4d] [%-3v] [%3s]\n", [][]int{{1, 2}, {3}}, map[string][]int{"a": {1}}, []string{"x", "yz"})
	fmt.Printf("[%6.2f] [%+d] [%x] [% d]\n", [2]float64{1, -2}, []int{1, -1}, []int{255, 16}, []int{5, -5})
	fmt.Printf("%s|%d|%v|%5v|\n", nil, []interface{}{nil, 1}, []error{nil}, nil)
}
