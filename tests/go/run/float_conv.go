// float_conv.go: int<->float conversions (truncation toward zero), float32
// rounding, and how Println prints float32 and float64 values.
package main

import "fmt"

func main() {
	fs := []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75}
	for _, f := range fs {
		fmt.Print(int(f), " ", int64(f), " ")
	}
	fmt.Println()
	n := 7
	fmt.Println(float64(n)/2, n/2, float32(n)/3, float64(n)/3)
	var f32 float32 = 0.1
	var f64 float64 = 0.1
	fmt.Println(f32, f64, float64(f32), float32(f64) == f32, f64*3, f32*3)
	fmt.Println(float32(16777217), float64(16777217), float32(1)/3, 1/3.0)
	x := 1e100
	fmt.Println(x, float32(3.4e38), float32(1e-7), 123456789.0, float32(123456789.0))
	fmt.Println(uint8(int(fs[4]/1e7)), int(float32(fs[2]*5)), int(fs[3]*1.98))
	var total float64
	for i := 0; i < 10; i++ {
		total += 0.1
	}
	fmt.Println(total, total == 1.0, float32(total) == 1.0)
	fmt.Println(1e6, 1e20, 1e21, 12345678.9, 0.000001, 0.0000001, 100.0)
	fmt.Println(float32(1e6), float32(1e20), float32(1e21), float32(0.000001))
}
