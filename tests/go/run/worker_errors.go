// worker_errors.go: a worker pool whose jobs can fail: results carry the job
// id and an error, are collected after the pool closes its output, and are
// printed sorted by id.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

type result struct {
	id  int
	val int
	err error
}

var errOdd = errors.New("odd input")

func process(n int) (int, error) {
	if n%5 == 0 {
		return 0, fmt.Errorf("job %d: %w", n, errOdd)
	}
	return n * n, nil
}

func main() {
	jobs := make(chan int)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				v, err := process(j)
				results <- result{j, v, err}
			}
		}()
	}
	go func() {
		for i := 1; i <= 12; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	failed := 0
	for _, r := range all {
		if r.err != nil {
			failed++
			fmt.Println(r.id, "error:", r.err, errors.Is(r.err, errOdd))
			continue
		}
		fmt.Println(r.id, r.val)
	}
	fmt.Println("failed:", failed, "of", len(all))
}
