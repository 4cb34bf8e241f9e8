// deadlock_workers.go: a worker pool whose results channel nobody drains:
// the workers block sending, main blocks in wg.Wait; Go's report lists
// every goroutine with its wait reason and where it was created.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * id
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 1; w <= 2; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 0; j < 4; j++ {
		jobs <- j
	}
	close(jobs)
	fmt.Println("waiting for workers")
	wg.Wait()
	close(results)
}
