// heartbeat_timeout.go: a for/select loop with a per-iteration timeout: a
// worker sends heartbeats every 10ms, then goes quiet; the monitor gives up
// after 50ms without one.
package main

import (
	"fmt"
	"time"
)

func main() {
	beats := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			time.Sleep(10 * time.Millisecond)
			beats <- i
		}
	}()
	count := 0
	for {
		select {
		case b := <-beats:
			count++
			fmt.Println("heartbeat", b)
			continue
		case <-time.After(50 * time.Millisecond):
			fmt.Println("no heartbeat for 50ms, after", count, "beats")
		}
		break
	}
}
