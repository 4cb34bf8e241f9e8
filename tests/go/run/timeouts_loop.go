// timeouts_loop.go: a loop with a fresh time.After per iteration against
// workers of different latencies, with a 30ms budget each (margins of 20ms
// or more): the fast ones succeed, the slow ones time out; late results
// are dropped into buffered channels.
package main

import (
	"fmt"
	"time"
)

var latency = []int{5, 10, 60, 2, 80, 8}

func fetch(id int) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(time.Duration(latency[id]) * time.Millisecond)
		ch <- fmt.Sprint("result ", id)
	}()
	return ch
}

func main() {
	ok, late := 0, 0
	for id := 0; id < 6; id++ {
		select {
		case r := <-fetch(id):
			fmt.Println(id, r)
			ok++
		case <-time.After(30 * time.Millisecond):
			fmt.Println(id, "timed out")
			late++
		}
	}
	fmt.Println("ok", ok, "late", late)
}
