package main

import "fmt"

func naturals(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	sum := 0
	for n := range naturals(done) {
		if n > 100 {
			break
		}
		sum += n
	}
	close(done)
	fmt.Println("sum 1..100 =", sum)
}
