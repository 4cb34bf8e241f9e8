// crash_close_closed.go: closing a closed channel panics; the deferred
// print still runs before the crash report.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)
	defer fmt.Println("deferred before crash")
	close(ch)
}
