// deadlock_nested_spawn.go: goroutines started by other goroutines: the
// deadlock report numbers them in creation order and names the goroutine
// function that created each one.
package main

import "fmt"

func leaf(ch chan int) {
	ch <- 1
}

func spawner(n int, ch chan int) {
	for i := 0; i < n; i++ {
		go leaf(ch)
	}
	var never chan int
	never <- 0
}

func main() {
	ch := make(chan int)
	go spawner(2, ch)
	fmt.Println("main waits forever")
	select {}
}
