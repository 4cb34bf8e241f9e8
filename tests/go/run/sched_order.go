// sched_order.go: what runs when at GOMAXPROCS=1: goroutines start only
// when main blocks, the newest first (runnext) then the rest in order; a
// sender handing a value to a waiting receiver keeps running until it
// blocks. Events are logged under a mutex and printed by main.
package main

import (
	"fmt"
	"sync"
)

var (
	mu  sync.Mutex
	log []string
)

func note(s string) {
	mu.Lock()
	log = append(log, s)
	mu.Unlock()
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			note(fmt.Sprint("g", i))
		}(i)
	}
	note("main before wait")
	wg.Wait()
	ch := make(chan int)
	go func() {
		note("sender start")
		ch <- 1
		note("sender after send")
	}()
	note("main before receive")
	<-ch
	note("main after receive")
	wg.Add(1)
	go func() {
		defer wg.Done()
		note("last goroutine")
	}()
	wg.Wait()
	mu.Lock()
	for _, s := range log {
		fmt.Println(s)
	}
	mu.Unlock()
}
