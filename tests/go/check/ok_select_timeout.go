package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func worker(ctx context.Context, jobs <-chan int, results chan<- string) {
	for {
		select {
		case <-ctx.Done():
			results <- ctx.Err().Error()
			return
		case j, ok := <-jobs:
			if !ok {
				return
			}
			results <- fmt.Sprintf("job %d", j)
		case <-time.After(50 * time.Millisecond):
			results <- "idle"
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	jobs := make(chan int, 3)
	results := make(chan string)
	go worker(ctx, jobs, results)
	jobs <- 1
	fmt.Println(<-results)
	err := fmt.Errorf("wrap: %w", context.Canceled)
	fmt.Println(errors.Is(err, context.Canceled), errors.Unwrap(err) == context.Canceled)
}
