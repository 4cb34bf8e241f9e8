// A goroutine that closes a channel already closed: the test binary
// panics, and --explore must report it as go test does, with the Go
// frames of the goroutine that panicked.
package main

import (
	"sync"
	"testing"
)

func markDone(ch chan int) {
	close(ch)
}

func TestCloseTwice(t *testing.T) {
	ch := make(chan int)
	close(ch)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		markDone(ch)
	}()
	wg.Wait()
}
