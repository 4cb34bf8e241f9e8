// crash_wg_negative.go: calling Done more often than Add panics with
// "sync: negative WaitGroup counter", exit status 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	fmt.Println("balanced")
	wg.Done()
	fmt.Println("never")
}
