package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add()
	var mu sync.Mutex
	mu.lock()
	time.Sleep(1.5)
	ch := make(chan int)
	ch <- "s"
	var d time.Duration = 2
	var n int = d
	fmt.Println(n)
	go fmt.Println
	for i := range 10 {
		fmt.Println(i)
	}
}
