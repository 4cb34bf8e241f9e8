// fmt_arg_index.go: explicit argument indexes in Printf: %[n]verb and
// %[n]*[m]d; later verbs go on from the last index used.
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]s %[2]x\n", "one", 255)
	fmt.Printf("%[3]v %[1]v %v\n", "a", "b", "c")
	fmt.Printf("%[1]*[2]d|\n", 6, 12)
	fmt.Printf("%d %d %[1]d %d\n", 10, 20)
}
