// float32_print.go: float32 values print with the shortest digits that
// round-trip as float32 (not float64): sums, quotients, limits, denormals.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := float32(0.1), float32(0.2)
	fmt.Println(a+b, a*b, a/b, float32(1)/3, float32(2)/3)
	fmt.Println(float32(16777216), float32(16777217), float32(1e10), float32(123456.789))
	fmt.Println(float32(math.MaxFloat32), float32(math.SmallestNonzeroFloat32), float32(1e-40))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, float64(sum), sum == 1)
	fmt.Printf("%v %g %.3f %e %6.2f\n", a+b, a+b, a+b, a+b, a+b)
	x := float32(3.14159265)
	fmt.Println(x, x*x, -x, float32(int32(x*1000))/1000)
}
