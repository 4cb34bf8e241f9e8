package main

import "fmt"

func main() {
	ch := make(chan int)
	ch <- 1 // no other goroutine will ever receive
	fmt.Println(<-ch)
}
