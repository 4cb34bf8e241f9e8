// println_float.go: the builtin println prints floats with a sign and a
// three-digit exponent: +1.500000e+000.
package main

func main() {
	println(1.5, -0.25, float32(2), 1e100)
}
