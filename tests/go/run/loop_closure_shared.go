// loop_closure_shared.go: before Go 1.22 a for loop has one variable for
// all iterations, so closures called after the loop all see its last
// value; copying it (i := i) gives each its own.
package main

import "fmt"

func main() {
	var shared, own []func() int
	for i := 0; i < 3; i++ {
		shared = append(shared, func() int { return i })
		i := i
		own = append(own, func() int { return i })
	}
	for k := range shared {
		fmt.Print(shared[k](), own[k](), " ")
	}
	fmt.Println()
	var ptrs []*string
	for _, s := range []string{"a", "b", "c"} {
		ptrs = append(ptrs, &s)
	}
	for _, p := range ptrs {
		fmt.Print(*p)
	}
	fmt.Println()
	var defers []int
	func() {
		for i := 0; i < 3; i++ {
			defer func() { defers = append(defers, i) }()
		}
	}()
	fmt.Println(defers)
	func() {
		defers = nil
		for i := 0; i < 3; i++ {
			defer func(v int) { defers = append(defers, v) }(i)
		}
	}()
	fmt.Println(defers)
}
