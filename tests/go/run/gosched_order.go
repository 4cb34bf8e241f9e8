// gosched_order.go: at GOMAXPROCS=1, goroutines run when main yields with
// runtime.Gosched: the last one started runs first (it takes the runnext
// slot), then the rest in order; yields inside them interleave round-robin.
// The log is guarded by a mutex, which is never contended here.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var log []string
	add := func(s string) {
		mu.Lock()
		log = append(log, s)
		mu.Unlock()
	}
	for i := 0; i < 3; i++ {
		go func(i int) {
			add(fmt.Sprint("g", i, "a"))
			runtime.Gosched()
			add(fmt.Sprint("g", i, "b"))
		}(i)
	}
	runtime.Gosched()
	add("main")
	runtime.Gosched()
	runtime.Gosched()
	mu.Lock()
	fmt.Println(log)
	mu.Unlock()
}
