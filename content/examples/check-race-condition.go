package main

import (
	"fmt"
	"runtime"
	"sync"
)

var (
	mu      sync.Mutex
	balance = 100
)

func getBalance() int { mu.Lock(); defer mu.Unlock(); return balance }
func withdraw(n int)  { mu.Lock(); defer mu.Unlock(); balance -= n }

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 2; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if getBalance() >= 100 { // check ...
				runtime.Gosched()
				withdraw(100) // ... then act: another goroutine may act in between
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance:", balance)
}
