// bank_channels.go: a bank whose balances belong to one goroutine: deposits,
// withdrawals and balance queries arrive on channels (select over them),
// failed withdrawals reply with an error.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type withdrawal struct {
	amount int
	reply  chan error
}

var errFunds = errors.New("insufficient funds")

func bank(deposits <-chan int, withdrawals <-chan withdrawal, balances chan<- int, quit <-chan struct{}) {
	balance := 0
	for {
		select {
		case d := <-deposits:
			balance += d
		case w := <-withdrawals:
			if w.amount > balance {
				w.reply <- fmt.Errorf("withdraw %d: %w", w.amount, errFunds)
				continue
			}
			balance -= w.amount
			w.reply <- nil
		case balances <- balance:
		case <-quit:
			return
		}
	}
}

func main() {
	deposits := make(chan int)
	withdrawals := make(chan withdrawal)
	balances := make(chan int)
	quit := make(chan struct{})
	go bank(deposits, withdrawals, balances, quit)
	var wg sync.WaitGroup
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			deposits <- n * 10
		}(i)
	}
	wg.Wait()
	fmt.Println("balance", <-balances)
	for _, amt := range []int{100, 500, 450} {
		reply := make(chan error)
		withdrawals <- withdrawal{amt, reply}
		err := <-reply
		fmt.Println(amt, err, errors.Is(err, errFunds))
	}
	fmt.Println("balance", <-balances)
	close(quit)
}
