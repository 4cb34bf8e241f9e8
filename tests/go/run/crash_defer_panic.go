// crash_defer_panic.go: a deferred function that panics during an ordinary
// return crashes the program; the defers registered after it have run
// already (LIFO), the ones before it still run while the panic unwinds.
package main

import "fmt"

func work() int {
	defer fmt.Println("work: first defer, runs last")
	defer func() {
		panic("cleanup failed")
	}()
	defer fmt.Println("work: last defer, runs first")
	return 1
}

func main() {
	fmt.Println(work())
}
