// deadlock_select_cases.go: main blocks in a select over channels that no
// running goroutine will ever use, while a worker waits on a Mutex:
// Go reports goroutine 1 in [select] and the worker in [semacquire].
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	a, b := make(chan int), make(chan string)
	go func() {
		mu.Lock()
		a <- 1
	}()
	fmt.Println("waiting")
	select {
	case v := <-a:
		fmt.Println(v)
	case s := <-b:
		fmt.Println(s)
	}
}
