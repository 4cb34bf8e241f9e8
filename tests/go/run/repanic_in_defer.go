// repanic_in_defer.go: a deferred function that recovers and panics again;
// once the new panic is recovered too the program carries on and exits 0.
package main

import "fmt"

func inner() {
	defer func() {
		recover()
		panic("second")
	}()
	panic("first")
}

func main() {
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		inner()
	}()
	func() {
		defer func() { fmt.Println("later recover:", recover()) }()
	}()
	fmt.Println("end")
}
