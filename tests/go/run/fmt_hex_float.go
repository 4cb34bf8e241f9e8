// fmt_hex_float.go: %x and %X on floats print hexadecimal mantissa and
// exponent (%b too, binary exponent).
package main

import "fmt"

func main() {
	fmt.Printf("%x %X %x %.2x\n", 3.5, 1.0, -0.1, 3.5)
	fmt.Printf("%b\n", 1.0)
}
