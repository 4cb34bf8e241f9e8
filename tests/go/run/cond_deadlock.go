// cond_deadlock.go: a Cond.Wait that no Signal reaches deadlocks, shown
// as Go shows it: [sync.Cond.Wait]; a stopped timer does not keep the
// program alive.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	ready := false
	go func() {
		time.Sleep(10 * time.Millisecond)
		mu.Lock()
		ready = true // but no Signal
		mu.Unlock()
	}()
	t := time.NewTimer(time.Hour)
	t.Stop()
	mu.Lock()
	for !ready {
		c.Wait()
	}
	mu.Unlock()
	fmt.Println("done")
}
