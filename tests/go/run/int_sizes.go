// int_sizes.go: the limits of every integer size, wrap-around on + - * of
// each, and conversions that truncate or sign-extend.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	var i8 int8 = math.MaxInt8
	var i16 int16 = math.MinInt16
	var i32 int32 = math.MaxInt32
	var i64 int64 = math.MinInt64
	i8 += 2
	i16--
	i32 *= 3
	i64 = -i64
	fmt.Println(i8, i16, i32, i64)
	var u8 uint8 = 250
	var u16 uint16 = 3
	var u32 uint32 = 1 << 31
	var u64 uint64 = 0
	u8 += 10
	u16 -= 5
	u32 *= 2
	u64--
	fmt.Println(u8, u16, u32, u64)
	big := int64(0x1234567890)
	fmt.Println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big))
	neg := int32(-5)
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg), int64(neg))
	b := byte(200)
	r := rune(-1)
	fmt.Println(int8(b), b+b, uint32(r), r*r)
	var m int8 = -128
	fmt.Println(m/-1, -m, m*m)
}
