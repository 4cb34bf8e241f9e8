package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		for {
		} // tight loop: no function calls, no blocking
	}()
	time.Sleep(10 * time.Millisecond) // let the loop start on the only P
	fmt.Println("main ran again: the busy goroutine was preempted")
}
