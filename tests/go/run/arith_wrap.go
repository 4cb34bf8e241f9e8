package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	var b uint8 = 0
	b--
	var c int32 = 1 << 30
	c *= 4
	var d uint16 = 65535
	d += 2
	fmt.Println(a, b, c, d)
	x := 7
	y := -2
	fmt.Println(x/y, x%y, -x/2, -x%2, x<<3, x>>1, -x>>1, x&3, x|8, x^5, x&^3)
	var u uint = 1<<63 + 5
	fmt.Println(u, u/3, u%7, u>>62)
	f := 1.5
	g := float32(0.1)
	fmt.Println(f*2, f/3, g*3, float64(g), int(f*3.4), 1e21, 1e20, 1e-5, 0.0001)
	fmt.Println(100000000.0, 123456789.0, 3.0, -0.5, 2.0/3.0)
}
