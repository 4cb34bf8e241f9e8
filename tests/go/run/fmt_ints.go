// fmt_ints.go: integer verbs with widths, flags and negative numbers: %d
// %5d %-5d %05d %+d % d %x %X %#x %o %#o %O %b %c %q %U, and %v on
// every integer size.
package main

import "fmt"

func main() {
	for _, n := range []int{0, 7, -42, 255, 65535} {
		fmt.Printf("[%d][%5d][%-5d][%05d][%+d][% d]\n", n, n, n, n, n, n)
		fmt.Printf("[%x][%X][%#x][%o][%#o][%O][%b]\n", n, n, n, n, n, n, n)
	}
	fmt.Printf("%c %c %c|%q %q|%U %U\n", 65, 0x4e16, 'é', 'x', '\n', 0x1F600, 'ä')
	fmt.Printf("%8b|%-8o|%08x|%x|%X\n", 5, 64, 3054, -255, uint8(200))
	var i8 int8 = -128
	var u16 uint16 = 65535
	var u64 uint64 = 1<<64 - 1
	var i64 int64 = -1 << 63
	fmt.Printf("%v %v %v %v %d %x\n", i8, u16, u64, i64, u64, u64)
	fmt.Printf("%3c|%-3c|%5q|%x\n", 'a', 'b', 'c', 'z')
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X %x\n", []byte{1, 171, 255}, []byte("hi"), []byte{})
	fmt.Printf("%6.3d|%.2d|%+05d|%-+5d|\n", 7, 3, 9, 4)
}
