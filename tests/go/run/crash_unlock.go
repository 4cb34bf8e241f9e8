// crash_unlock.go: unlocking an unlocked Mutex is a fatal error (not a
// recoverable panic): "fatal error: sync: unlock of unlocked mutex".
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recover cannot catch it:", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked once")
	mu.Unlock()
}
