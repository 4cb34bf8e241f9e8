// float64_print.go: Println's %v for float64: shortest round-trip digits,
// the switch to exponent form at 1e21 and below 1e-4, large integers,
// and values near powers of ten.
package main

import "fmt"

func main() {
	vals := []float64{0.1 + 0.2, 1.0 / 3, 2.0 / 3, 1e20, 1e21, 123456789012345678, 1 << 53, 1<<53 + 1,
		0.0001, 0.00001, 123.456e-10, 5e-324, 9.999999999999999e22, 100, 1.5e300 * 1.5e7, -0.000123}
	for _, v := range vals {
		fmt.Println(v)
	}
	fmt.Println(float64(int64(1)<<62), float64(uint64(1)<<63), float64(^uint64(0)))
	big := 1e19
	fmt.Println(uint64(big), int64(-9.2e18), uint32(4e9))
}
