// crash_runlock.go: RUnlock without a matching RLock is a fatal error (not
// a recoverable panic) in sync.RWMutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("not recovered:", recover()) }()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced read lock")
	rw.RUnlock()
}
