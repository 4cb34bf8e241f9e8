// atomic_add_publish.go: publishing with atomic.AddInt64 and reading after
// a LoadInt64 that saw it: the plain write before the Add and the read
// after the Load are ordered, so neither Go's race detector nor conclab's
// --race reports a race.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

func main() {
	var flag int64
	x := 0
	go func() {
		x = 42
		atomic.AddInt64(&flag, 1)
	}()
	for atomic.LoadInt64(&flag) == 0 {
		runtime.Gosched()
	}
	fmt.Println(x)
}
