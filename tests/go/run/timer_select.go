package main

import (
	"fmt"
	"time"
)

func producer(ch chan<- int, delay time.Duration, n int) {
	for i := 0; i < n; i++ {
		time.Sleep(delay)
		ch <- i
	}
	close(ch)
}

func main() {
	fast := make(chan int)
	slow := make(chan int)
	go producer(fast, 100*time.Millisecond, 3)
	go producer(slow, 250*time.Millisecond, 2)
	start := time.Now()
	for fast != nil || slow != nil {
		select {
		case v, ok := <-fast:
			if !ok {
				fast = nil
				continue
			}
			fmt.Println("fast", v)
		case v, ok := <-slow:
			if !ok {
				slow = nil
				continue
			}
			fmt.Println("slow", v)
		}
	}
	fmt.Println(time.Since(start) >= 500*time.Millisecond)
	timeout := time.After(50 * time.Millisecond)
	tick := 0
loop:
	for {
		select {
		case <-timeout:
			break loop
		default:
			tick++
			time.Sleep(20 * time.Millisecond)
		}
	}
	fmt.Println("ticks", tick)
}
