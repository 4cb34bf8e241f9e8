// unlock_unlocked_test.go: a test that unlocks a mutex it does not hold,
// once two goroutines have locked and unlocked it: the runtime itself finds
// the fatal error, which conclab test reports in Go's words, naming the
// test's frame (go_test.sh, plain and under --explore).
package main

import (
	"sync"
	"testing"
)

func TestUnlock(t *testing.T) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	wg.Add(2)
	for i := 0; i < 2; i++ {
		go func() {
			defer wg.Done()
			mu.Lock()
			mu.Unlock()
		}()
	}
	wg.Wait()
	mu.Unlock()
}
