package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	ch := make(chan int)
	mu.Lock()
	go func() {
		mu.Lock()
		fmt.Println("never")
	}()
	go func() {
		ch <- 1
	}()
	select {}
}
