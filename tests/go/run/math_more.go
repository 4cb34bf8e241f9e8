// math_more.go: math functions on edge inputs (negatives, zero, infinities,
// NaN), trigonometry, rounding modes on negative halves, and the package's
// constants.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Mod(-7, 3), math.Mod(7, -3), math.Mod(5.5, 2), math.Mod(1, 0))
	fmt.Println(math.Pow(0, -1), math.Pow(-8, 1.0/3), math.Pow(2, 0.5), math.Pow(-2, 3), math.Pow(1, math.Inf(1)))
	fmt.Println(math.Round(-2.5), math.Round(-0.4), math.Trunc(-0.9), math.Floor(-1.1), math.Ceil(-1.9))
	fmt.Println(math.Sqrt(-4), math.Log(0), math.Log10(0.001), math.Log2(0.5), math.Exp(-1000), math.Exp(1000))
	fmt.Println(math.Max(math.Inf(-1), -5), math.Min(0, math.NaN()), math.Abs(math.Inf(-1)), math.Cbrt(-27))
	fmt.Printf("%.6f %.6f %.6f %.6f\n", math.Atan(1)*4, math.Atan2(1, -1), math.Tan(math.Pi/4), math.Sin(math.Pi))
	fmt.Printf("%.4f %.4f %.4f\n", math.Cos(math.Pi), math.Hypot(1e200, 1e200)/1e200, math.Sqrt(math.MaxFloat64)/1e154)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Phi)
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt16, math.MaxUint16, math.MaxInt8)
	fmt.Println(math.IsInf(math.Exp(1000), 1), math.IsNaN(math.Inf(1)-math.Inf(1)), math.Inf(1) > math.MaxFloat64)
	x := 2.0
	for i := 0; i < 5; i++ {
		x = math.Sqrt(x)
	}
	fmt.Println(x, math.Pow(x, 2) == x*x, math.Pow(2, 10), math.Pow(10, -2))
}
