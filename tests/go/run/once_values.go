// once_values.go: sync.Once runs its function exactly once across
// goroutines, separate Onces are independent, and Do inside Do on another
// Once works.
package main

import (
	"fmt"
	"sync"
)

type Lazy struct {
	once  sync.Once
	value int
	calls int
}

func (l *Lazy) Get() int {
	l.once.Do(func() {
		l.calls++
		l.value = 42
	})
	return l.value
}

func main() {
	var l Lazy
	var wg sync.WaitGroup
	results := make([]int, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = l.Get()
		}(i)
	}
	wg.Wait()
	fmt.Println(results, l.calls)
	var a, b sync.Once
	n := 0
	a.Do(func() { n += 1 })
	b.Do(func() { n += 10 })
	a.Do(func() { n += 100 })
	fmt.Println(n)
	var outer, inner sync.Once
	outer.Do(func() { inner.Do(func() { n = -1 }) })
	fmt.Println(n)
	fmt.Println("end")
}
