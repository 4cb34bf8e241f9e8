// goroutine_panic_spawned.go: a panic in a goroutine created by another
// goroutine: the report ends with "created by" naming the spawning
// goroutine's function.
package main

import (
	"fmt"
	"time"
)

func child(xs []int) {
	fmt.Println("child sum", xs[0]+xs[len(xs)])
}

func parent() {
	go child([]int{1, 2, 3})
	time.Sleep(time.Second)
}

func main() {
	go parent()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
