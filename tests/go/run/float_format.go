// float_format.go: the float verbs %e %E %f %F %g %G with widths,
// precisions, flags, for float64 and float32.
package main

import "fmt"

func main() {
	vals := []float64{0, 1, -1.5, 3.14159265358979, 123456.789, 1e-7, 6.02214076e23}
	for _, v := range vals {
		fmt.Printf("%v|%e|%E|%f|%.2f|%g|%G|%.3g\n", v, v, v, v, v, v, v, v)
	}
	x := 2.71828
	fmt.Printf("[%8.2f][%-8.2f][%08.2f][%+.1f][% .1f][%.0f][%10.3e]\n", x, x, x, x, x, x, x)
	var f32 float32 = 1.1
	fmt.Printf("%v %g %f %.10f %e\n", f32, f32, f32, f32, f32)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%6.1f|%-6.1f|%6.0f|\n", -3.25, 3.25, 99.5)
	fmt.Printf("%g %g %g %g %g\n", 100000.0, 1000000.0, 1e21, 0.0001, 0.00001)
	fmt.Println(fmt.Sprintf("%.3f", 1.0005), fmt.Sprintf("%.1f", 0.05), fmt.Sprintf("%5.1f%%", 12.345))
}
