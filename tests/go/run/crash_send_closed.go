// crash_send_closed.go: sending on a closed channel panics, exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	for s := range ch {
		fmt.Println("drained", s)
	}
	ch <- "b"
}
