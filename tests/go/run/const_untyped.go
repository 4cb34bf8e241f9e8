// const_untyped.go: untyped constant arithmetic folded at full precision
// (values far beyond 64 bits), typed constants, and constant conversions.
package main

import "fmt"

const (
	Huge         = 1 << 200
	Back         = Huge >> 195
	Third        = 1.0 / 3.0
	Ratio        = Huge / (Huge / 7)
	Big          = 1e300 * 1e300 / 1e300
	Mixed        = 'a' + 2
	Shift        = 1 << 62 * 2 / 4
	Eps          = 1e-40 * 1e40
	Typed  int32 = 1 << 20
	Str          = "con" + "cat"
	Truthy       = 3 > 2 && Str == "concat"
)

func main() {
	fmt.Println(Back, Ratio, Shift, Eps, Typed*2, Str, Truthy)
	fmt.Println(Third, Third*3 == 1, Big, Mixed, string(rune(Mixed)))
	var f float32 = Third
	var d float64 = Third
	var i int = Huge >> 190
	fmt.Println(f, d, i, Huge/Huge)
	const c = 10
	var u8 uint8 = c * 25
	var f64 = c / 4
	var f64b = c / 4.0
	fmt.Println(u8, f64, f64b)
	fmt.Printf("%T %T %T %T %T\n", c, 2.5, 'x', Str, Typed)
	const big = 1<<100 - 1
	fmt.Println(big%1000, big>>90, float64(big))
	x := 5
	fmt.Println(x/2*2.0, 7.0/2, 7/2)
}
