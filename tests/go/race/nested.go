// Two goroutines started from a helper race on a counter through a call:
// each access has a two-frame stack and each creation a two-frame one.
package main

import (
	"fmt"
	"sync"
)

var counter int

func bump() {
	counter++
}

func inc(wg *sync.WaitGroup) {
	defer wg.Done()
	bump()
}

func start(wg *sync.WaitGroup) {
	wg.Add(2)
	go inc(wg)
	go inc(wg)
}

func main() {
	var wg sync.WaitGroup
	start(&wg)
	wg.Wait()
	fmt.Println(counter)
}
