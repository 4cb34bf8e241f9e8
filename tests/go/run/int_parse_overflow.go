// int_parse_overflow.go: integer division and modulo signs for every size,
// and min-int edge cases that do not panic.
package main

import (
	"fmt"
	"math"
)

func main() {
	pairs := [][2]int{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}}
	for _, p := range pairs {
		fmt.Print(p[0]/p[1], p[0]%p[1], " ")
	}
	fmt.Println()
	var a int8 = -7
	var b int8 = 2
	var c uint8 = 7
	var d uint8 = 2
	fmt.Println(a/b, a%b, c/d, c%d)
	var mn int64 = math.MinInt64
	var m1 int64 = -1
	fmt.Println(mn/m1, mn%m1, mn*m1, mn-1)
	var mi32 int32 = math.MinInt32
	fmt.Println(mi32/-1, mi32%-1)
	x := 1
	for i := 0; i < 70; i++ {
		x *= 3
	}
	fmt.Println(x)
	var acc uint32 = 2166136261
	for _, ch := range []byte("hello") {
		acc ^= uint32(ch)
		acc *= 16777619
	}
	fmt.Println(acc)
}
