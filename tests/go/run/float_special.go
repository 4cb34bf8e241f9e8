// float_special.go: infinities, NaN, negative zero and division by a zero
// float held in a variable (no panic for floats).
package main

import (
	"fmt"
	"math"
)

func main() {
	zero := 0.0
	pos := 1 / zero
	neg := -1 / zero
	nan := zero / zero
	fmt.Println(pos, neg, nan, nan == nan, nan != nan, pos > math.MaxFloat64)
	fmt.Println(math.IsInf(pos, 1), math.IsInf(neg, -1), math.IsNaN(nan), math.IsInf(nan, 0))
	negz := -zero
	fmt.Println(negz, negz == 0, 1/negz, negz < 0)
	fmt.Printf("%v %f %.2f %e %g\n", pos, neg, nan, pos, neg)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, float32(math.MaxFloat32))
	fmt.Println(pos-pos, pos*0, math.Sqrt(-1), math.Log(0), math.Log(-1))
	fmt.Println(math.Max(nan, 1), math.Min(neg, 0), math.Abs(neg))
	fmt.Println(math.Floor(-0.5), math.Ceil(-0.5), math.Round(-2.5), math.Round(2.4999))
}
