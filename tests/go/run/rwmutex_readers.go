// rwmutex_readers.go: several readers hold an RWMutex read lock at once
// (counted with atomics), a writer waits for them and excludes everyone;
// final values printed after Wait.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var rw sync.RWMutex
	var readers, maxReaders int32
	data := map[string]int{"x": 1}
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			n := atomic.AddInt32(&readers, 1)
			for {
				m := atomic.LoadInt32(&maxReaders)
				if n <= m || atomic.CompareAndSwapInt32(&maxReaders, m, n) {
					break
				}
			}
			_ = data["x"]
			time.Sleep(10 * time.Millisecond)
			atomic.AddInt32(&readers, -1)
			rw.RUnlock()
		}()
	}
	time.Sleep(5 * time.Millisecond)
	rw.Lock()
	fmt.Println("writer sees readers:", atomic.LoadInt32(&readers))
	data["x"] = 2
	rw.Unlock()
	wg.Wait()
	fmt.Println("max concurrent readers:", maxReaders, "x =", data["x"])
}
