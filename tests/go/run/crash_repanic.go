// crash_repanic.go: a panic raised by a deferred call while already
// panicking, with no recover: Go reports both panics, exit status 2.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
