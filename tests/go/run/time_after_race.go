// time_after_race.go: select between a worker's result and time.After with
// clear margins: a 10ms job beats a 50ms timeout, a 50ms job loses to a
// 10ms one; time.Sleep orders goroutines by wake-up time.
package main

import (
	"fmt"
	"sync"
	"time"
)

func job(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("done after ", d)
	}()
	return ch
}

func main() {
	select {
	case r := <-job(10 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timeout")
	}
	select {
	case r := <-job(50 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout after 10ms")
	}
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 50, 20} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)
	fmt.Println(time.Duration(1500)*time.Microsecond, 90*time.Second, time.Duration(0), 1234*time.Nanosecond)
}
