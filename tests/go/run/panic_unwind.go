// panic_unwind.go: defers run while a panic unwinds through several frames, a
// recover in a loop body stops each iteration's panic separately, and a
// recovered function returns its named results.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner: deferred print runs while panicking")
	panic("first")
}

func middle() {
	defer fmt.Println("middle: deferred")
	inner()
	fmt.Println("middle: not reached")
}

func safe(n int) (res string, ok bool) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered ", r)
		}
	}()
	if n%2 == 0 {
		panic(n * 10)
	}
	return "fine", true
}

func main() {
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		middle()
	}()
	for i := 0; i < 4; i++ {
		fmt.Println(safe(i))
	}
	fmt.Println("end")
}
