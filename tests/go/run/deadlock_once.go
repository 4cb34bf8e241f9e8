// deadlock_once.go: calling Once.Do from inside the function given to the
// same Once.Do deadlocks: the inner Do waits for the outer one to finish.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	fmt.Println("start")
	once.Do(func() {
		once.Do(func() { fmt.Println("never") })
	})
}
