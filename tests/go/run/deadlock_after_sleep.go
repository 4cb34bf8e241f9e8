// deadlock_after_sleep.go: a sleeping goroutine is not a deadlock; once it
// wakes and exits without sending, main is the only goroutine left and
// it is blocked: Go reports the deadlock then.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("worker finished without sending")
	}()
	fmt.Println("waiting for result")
	fmt.Println(<-results)
}
