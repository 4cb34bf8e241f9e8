package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc()          { c.mu.Lock(); c.n++; c.mu.Unlock() }
func (c *Counter) Get() int      { return c.n }
func (p Pair) Sum() int          { return p.a + p.b }
func (p Pair) Scaled(k int) Pair { return Pair{p.a * k, p.b * k} }

type Pair struct{ a, b int }

type Summer interface{ Sum() int }

func run(f func()) { f() }

func main() {
	c := &Counter{}
	inc := c.Inc
	for i := 0; i < 3; i++ {
		inc()
	}
	run(c.Inc)
	fmt.Println(c.Get())
	p := Pair{1, 2}
	sum := p.Sum
	p.a = 100
	fmt.Println(sum(), p.Sum())
	scale := p.Scaled
	fmt.Println(scale(2))
	var s Summer = Pair{3, 4}
	f := s.Sum
	fmt.Println(f())
	var wg sync.WaitGroup
	wg.Add(2)
	done := wg.Done
	go func() { done() }()
	go done()
	wg.Wait()
	fmt.Println("waited")
}
