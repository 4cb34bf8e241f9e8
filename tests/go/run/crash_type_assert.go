// crash_type_assert.go: a failed single-result type assertion crashes:
// interface conversion message naming both types, exit status 2.
package main

import "fmt"

func get() interface{} { return 42 }

func main() {
	v := get()
	n, ok := v.(string)
	fmt.Printf("%q %v\n", n, ok)
	s := v.(string)
	fmt.Println("not reached", s)
}
