// pattern_rate_limit.go: a token bucket refilled by a goroutine every 10ms
// (capacity 3, starting full): a burst of 3 passes at once, the rest wait
// for tokens; the number served by each point in time is checked.
package main

import (
	"fmt"
	"time"
)

func main() {
	tokens := make(chan struct{}, 3)
	for i := 0; i < 3; i++ {
		tokens <- struct{}{}
	}
	stop := make(chan struct{})
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(10 * time.Millisecond):
				select {
				case tokens <- struct{}{}:
				default:
				}
			}
		}
	}()
	start := time.Now()
	var at []time.Duration
	for i := 0; i < 6; i++ {
		<-tokens
		at = append(at, time.Since(start))
	}
	close(stop)
	burst := 0
	for _, d := range at {
		if d < 5*time.Millisecond {
			burst++
		}
	}
	fmt.Println("served", len(at), "burst", burst, "last after >= 25ms:", at[5] >= 25*time.Millisecond)
}
