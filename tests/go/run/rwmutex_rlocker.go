// rwmutex_rlocker.go: RWMutex.RLocker is a Locker that read-locks: two
// holders at once, then a writer.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	l := rw.RLocker()
	l.Lock()
	l.Lock()
	fmt.Println("two readers")
	l.Unlock()
	l.Unlock()
	rw.Lock()
	fmt.Println("writer")
	rw.Unlock()
}
