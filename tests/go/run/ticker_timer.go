// ticker_timer.go: time.NewTicker delivers ticks until stopped; a Timer
// stopped before it fires never fires; Reset re-arms it; AfterFunc runs
// its function in its own goroutine.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range t.C {
		n++
		if n == 3 {
			t.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	timer := time.NewTimer(50 * time.Millisecond)
	fmt.Println("stopped:", timer.Stop())
	select {
	case <-timer.C:
		fmt.Println("fired?")
	case <-time.After(80 * time.Millisecond):
		fmt.Println("stopped timer did not fire")
	}
	timer.Reset(10 * time.Millisecond)
	<-timer.C
	fmt.Println("reset timer fired, stop now:", timer.Stop())
	done := make(chan string)
	time.AfterFunc(10*time.Millisecond, func() { done <- "after func ran" })
	fmt.Println(<-done)
}
