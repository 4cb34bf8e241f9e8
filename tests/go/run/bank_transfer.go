package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func transfer(from, to *Account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	defer from.mu.Unlock()
	if from.balance < amount {
		return
	}
	from.balance -= amount
	to.mu.Lock()
	to.balance += amount
	to.mu.Unlock()
}

func main() {
	a, b := &Account{balance: 100}, &Account{balance: 50}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go transfer(a, b, 15, &wg)
	}
	wg.Wait()
	fmt.Println(a.balance, b.balance, a.balance+b.balance)
}
