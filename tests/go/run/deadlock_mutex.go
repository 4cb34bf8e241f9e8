// deadlock_mutex.go: locking a Mutex twice in one goroutine deadlocks;
// Go's report shows the goroutine waiting in sync.Mutex.Lock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("never")
}
