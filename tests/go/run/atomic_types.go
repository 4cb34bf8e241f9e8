// atomic_types.go: Go 1.19's typed atomics (atomic.Int64, atomic.Bool,
// atomic.Value) and the Swap/Uint32 functions.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); n.Add(2) }()
	}
	wg.Wait()
	var b atomic.Bool
	b.Store(true)
	var v atomic.Value
	v.Store("config")
	var u uint32
	atomic.AddUint32(&u, 3)
	fmt.Println(n.Load(), b.Load(), v.Load(), atomic.SwapUint32(&u, 9), u)
}
