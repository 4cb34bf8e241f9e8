// main_exits_early.go: when main returns the program ends: goroutines still
// sleeping or blocked are dropped silently (no deadlock report, exit 0).
package main

import (
	"fmt"
	"time"
)

func main() {
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("never printed: main is gone")
	}()
	blocked := make(chan int)
	go func() {
		<-blocked
		fmt.Println("never printed either")
	}()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("main returns")
}
