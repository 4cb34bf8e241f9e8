// sender_giveup.go: a sender that gives up when its receiver stalls: each
// send races a fresh 20ms time.After; the receiver sleeps 50ms after the
// value 3, so the sender closes the channel and the range ends.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case ch <- i:
			case <-time.After(20 * time.Millisecond):
				fmt.Println("sender gave up at", i)
				close(ch)
				return
			}
		}
	}()
	n := 0
	for v := range ch {
		n += v
		if v == 3 {
			time.Sleep(50 * time.Millisecond)
		}
	}
	fmt.Println("sum", n)
}
