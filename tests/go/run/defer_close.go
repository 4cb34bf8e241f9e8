package main

import (
	"fmt"
	"sync"
)

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	for v := range gen(3) {
		fmt.Println(v)
	}
	sum := 0
	for v := range merge(gen(4), gen(5)) {
		sum += v
	}
	fmt.Println("sum", sum)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ch := make(chan int)
		close(ch)
		defer close(ch)
	}()
}
