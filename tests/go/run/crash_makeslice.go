// crash_makeslice.go: make with a negative length computed at run time
// panics "makeslice: len out of range", exit status 2.
package main

import "fmt"

func buffer(n int) []byte { return make([]byte, n) }

func main() {
	fmt.Println(len(buffer(4)))
	fmt.Println(len(buffer(2 - 5)))
}
