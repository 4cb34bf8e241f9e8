package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Abs(-3.5), math.Floor(2.7), math.Ceil(2.1), math.Trunc(-2.7), math.Round(2.5))
	fmt.Println(math.Pow(2, 10), math.Hypot(3, 4), math.Mod(7, 3), math.Max(3, 7), math.Min(3, 7), math.Cbrt(27))
	fmt.Println(math.Inf(1), math.Inf(-1), math.IsNaN(math.NaN()), math.IsInf(math.Inf(1), 0))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(1), math.Cos(1), math.Log(10), math.Exp(1))
	fmt.Println(math.Log2(1024), math.Log10(1000), math.MaxInt64, math.Pi)
}
