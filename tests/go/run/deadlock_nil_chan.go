// deadlock_nil_chan.go: receiving from a nil channel blocks forever; with
// nothing else running Go reports the deadlock as "chan receive (nil
// chan)".
package main

import "fmt"

func main() {
	var ch chan string
	fmt.Println("receiving from nil channel")
	fmt.Println(<-ch)
}
