// num_goroutine.go: runtime.NumGoroutine counts main plus goroutines that
// are blocked, and drops back once they have finished.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine())
	release := make(chan struct{})
	var started, finished sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println(runtime.NumGoroutine())
	close(release)
	finished.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(runtime.NumGoroutine())
	fmt.Println(runtime.GOMAXPROCS(0))
}
