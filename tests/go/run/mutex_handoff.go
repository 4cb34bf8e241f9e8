// mutex_handoff.go: a Mutex is not owned by a goroutine: main locks it and
// a goroutine unlocks it, which releases main's second Lock; used here as
// a one-shot signal.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	result := ""
	go func() {
		time.Sleep(10 * time.Millisecond)
		result = "set by goroutine"
		mu.Unlock()
	}()
	mu.Lock()
	fmt.Println(result)
	mu.Unlock()
}
