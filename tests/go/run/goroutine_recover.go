// goroutine_recover.go: each goroutine recovers its own panic and reports
// it as an error over a channel; main collects them sorted and carries on.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func safeGo(wg *sync.WaitGroup, errs chan<- string, id int, f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() {
			if r := recover(); r != nil {
				errs <- fmt.Sprintf("worker %d: %v", id, r)
			}
		}()
		f()
	}()
}

func main() {
	errs := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		i := i
		safeGo(&wg, errs, i, func() {
			switch i % 3 {
			case 0:
				var xs []int
				_ = xs[i]
			case 1:
				panic(fmt.Sprint("bad id ", i))
			}
		})
	}
	wg.Wait()
	close(errs)
	var all []string
	for e := range errs {
		all = append(all, e)
	}
	sort.Strings(all)
	for _, e := range all {
		fmt.Println(e)
	}
	fmt.Println("main still running")
}
