package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan string, 1)
	go func() {
		time.Sleep(2 * time.Second)
		c <- "result"
	}()
	select {
	case r := <-c:
		fmt.Println(r)
	case <-time.After(1 * time.Second):
		fmt.Println("timeout 1")
	}
	start := time.Now()
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Since(start) >= 1500*time.Millisecond, time.Duration(1500)*time.Millisecond, time.Duration(0), 2*time.Hour+3*time.Second)
	done := make(chan bool)
	data := make(chan int, 3)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i
		}
		close(data)
	}()
	go func() {
		for {
			select {
			case v, ok := <-data:
				if !ok {
					done <- true
					return
				}
				fmt.Println("got", v)
			}
		}
	}()
	<-done
}
