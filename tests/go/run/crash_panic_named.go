// crash_panic_named.go: panicking with a value of a named integer type:
// Go prints the type name and value, main.Code(3).
package main

import "fmt"

type Code int

func main() {
	fmt.Println("before")
	panic(Code(3))
}
