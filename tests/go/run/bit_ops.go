// bit_ops.go: shifts by variable counts (including past the width),
// arithmetic right shift of negatives, &^, ^x, and bit counting loops.
package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	var one uint64 = 1
	for _, s := range []uint{0, 1, 63, 64, 70} {
		fmt.Print(one<<s, " ")
	}
	fmt.Println()
	neg := int64(-1000)
	for _, s := range []uint{1, 3, 10, 63, 100} {
		fmt.Print(neg>>s, " ")
	}
	fmt.Println()
	var u8 uint8 = 0xF0
	fmt.Println(u8<<1, u8>>4, ^u8, u8&^0x30, u8|0x0F, u8^0xFF)
	var i8 int8 = -128
	fmt.Println(i8>>1, i8<<1, ^i8, -i8)
	x := 0b1011_0110
	fmt.Println(x, popcount(uint64(x)), popcount(^uint64(0)), x&-x)
	fmt.Printf("%08b %o %O %x %#x %X\n", x, x, x, x, x, 0xdeadbeef)
	fmt.Println(0x_FF, 0o17, 017, 1_000_000, 'a', '\n', '\x41', '\u00e9')
	var s int = 3
	fmt.Println(1<<s, -8>>s, int32(1)<<30, uint32(1)<<31)
}
