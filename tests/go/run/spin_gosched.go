// spin_gosched.go: a spin-wait on an atomic flag that yields with
// runtime.Gosched each turn, so at GOMAXPROCS=1 the setter gets to run;
// and goroutines taking turns with Gosched, logged under a mutex.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var ready int32
	var payload int64
	go func() {
		atomic.StoreInt64(&payload, 42)
		atomic.StoreInt32(&ready, 1)
	}()
	spins := 0
	for atomic.LoadInt32(&ready) == 0 {
		spins++
		runtime.Gosched()
	}
	fmt.Println("payload", atomic.LoadInt64(&payload), "after spinning", spins > 0)
	var mu sync.Mutex
	var wg sync.WaitGroup
	var turns []string
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 3; k++ {
				mu.Lock()
				turns = append(turns, fmt.Sprint(g, k))
				mu.Unlock()
				runtime.Gosched()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(turns)
}
