// close_wakes_sender.go: closing a channel while a goroutine is blocked
// sending on it makes that goroutine panic (in its own frame, after its
// defers), not the goroutine that closed it.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		defer fmt.Println("sender deferred")
		ch <- 1
	}()
	time.Sleep(10 * time.Millisecond)
	close(ch)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("never")
}
