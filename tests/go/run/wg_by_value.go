// wg_by_value.go: a WaitGroup passed by value: each goroutine calls Done on
// its own copy, so main's Wait never returns: a deadlock (the classic
// mistake that go vet's copylocks check flags).
package main

import (
	"fmt"
	"sync"
)

func worker(id int, wg sync.WaitGroup) {
	defer wg.Done()
	fmt.Println("worker", id, "done")
}

func main() {
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(i, wg)
	}
	wg.Wait()
	fmt.Println("never")
}
