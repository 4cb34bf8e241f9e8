// crash_rwunlock.go: Unlock of an RWMutex that is not write-locked (only
// read-locked here) is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	fmt.Println("read locked")
	rw.Unlock()
}
