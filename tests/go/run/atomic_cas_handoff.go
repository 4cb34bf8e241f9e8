// atomic_cas_handoff.go: a CompareAndSwap that observes an earlier
// atomic.StoreInt32 is synchronized after it (go.dev/ref/mem), so the
// plain count++ before the Store and after the CAS do not race (Go's
// detector and conclab's --race agree).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

var state int32

func main() {
	var wg sync.WaitGroup
	count := 0
	wg.Add(1)
	go func() {
		defer wg.Done()
		count++
		atomic.StoreInt32(&state, 1)
	}()
	for !atomic.CompareAndSwapInt32(&state, 1, 2) {
		runtime.Gosched()
	}
	count++
	wg.Wait()
	fmt.Println(count)
}
