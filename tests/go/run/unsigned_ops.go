// unsigned_ops.go: unsigned division, modulo and comparison, conversions
// between signed and unsigned of the same size, and unsigned loop
// counting down without going negative.
package main

import "fmt"

func main() {
	var a, b uint32 = 4000000000, 7
	fmt.Println(a/b, a%b, a > b, a+a, a*b)
	var x uint64 = 1<<64 - 1
	fmt.Println(x/3, x%10, x>>1, int64(x), uint32(x))
	var s int32 = -1
	fmt.Println(uint32(s), uint32(s)/2, int32(uint32(s)/2))
	var n uint8 = 5
	for i := n; i < 200; i-- {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var u uint = 3
	var v uint = 5
	fmt.Println(u-v, int(u)-int(v), (u-v)/2)
	var h uint16 = 0x1234
	fmt.Printf("%x %x %x\n", h>>8, h&0xff, h<<4)
	var m uint64 = 12345678901234567890
	fmt.Println(m, m/1000000007, m%1000000007)
}
