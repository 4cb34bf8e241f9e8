// deadlock_nil_send.go: sending on a nil channel from a goroutine while
// main waits on a WaitGroup: "chan send (nil chan)" and "semacquire".
package main

import (
	"fmt"
	"sync"
)

type Pipe struct{ out chan int }

func main() {
	var p Pipe
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		p.out <- 42
	}()
	fmt.Println("waiting")
	wg.Wait()
}
