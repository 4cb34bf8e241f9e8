// pattern_barrier.go: a reusable barrier from a mutex and a channel that is
// replaced each round: no goroutine starts round r+1 before all finished
// round r; the log is checked per round.
package main

import (
	"fmt"
	"sync"
)

type Barrier struct {
	mu    sync.Mutex
	n     int
	count int
	gate  chan struct{}
}

func NewBarrier(n int) *Barrier { return &Barrier{n: n, gate: make(chan struct{})} }

func (b *Barrier) Wait() {
	b.mu.Lock()
	b.count++
	gate := b.gate
	if b.count == b.n {
		b.count = 0
		b.gate = make(chan struct{})
		close(gate)
		b.mu.Unlock()
		return
	}
	b.mu.Unlock()
	<-gate
}

func main() {
	const workers, rounds = 4, 3
	b := NewBarrier(workers)
	var mu sync.Mutex
	var log []int
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < rounds; r++ {
				mu.Lock()
				log = append(log, r)
				mu.Unlock()
				b.Wait()
			}
		}()
	}
	wg.Wait()
	ordered := true
	for i := 1; i < len(log); i++ {
		if log[i] < log[i-1] {
			ordered = false
		}
	}
	fmt.Println(len(log), ordered, log)
}
