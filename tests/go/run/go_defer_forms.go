// go_defer_forms.go: go and defer with method values (receiver evaluated at
// the statement), with the builtin close (defer close(ch)), with
// arguments evaluated at the statement, and with a closure.
package main

import (
	"fmt"
	"sync"
)

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(n int, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.sum += n
	a.mu.Unlock()
}

func fill(ch chan int, n int) {
	defer close(ch)
	for i := 0; i < n; i++ {
		ch <- i
	}
}

func main() {
	var wg sync.WaitGroup
	acc := &Acc{}
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go acc.Add(i, &wg)
	}
	wg.Wait()
	fmt.Println(acc.sum)
	ch := make(chan int)
	go fill(ch, 4)
	total := 0
	for v := range ch {
		total += v
	}
	fmt.Println(total)
	x := 5
	done := make(chan int)
	go func(v int) { done <- v * 2 }(x)
	x = 100
	fmt.Println(<-done, x)
	first := &Acc{sum: 1}
	second := &Acc{sum: 2}
	p := first
	wg.Add(1)
	fn := p.Add
	p = second
	fn(10, &wg)
	fmt.Println(first.sum, second.sum)
}
