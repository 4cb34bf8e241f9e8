// deadlock_send.go: main sends on an unbuffered channel nobody receives
// from: Go's deadlock report names the chan send, exit status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to send")
	ch <- 1
	fmt.Println("never")
}
