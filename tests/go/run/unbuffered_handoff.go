// unbuffered_handoff.go: an unbuffered channel is a rendezvous: a value
// sent is received before the sender goes on, so two goroutines
// alternate strictly (a ping-pong count and a turn-taking log).
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan []string)
	go func() {
		var log []string
		for v := range ping {
			log = append(log, fmt.Sprint("pong", v))
			pong <- v + 1
		}
		close(pong)
		done <- log
	}()
	var mine []string
	v := 0
	for i := 0; i < 4; i++ {
		mine = append(mine, fmt.Sprint("ping", v))
		ping <- v
		v = <-pong
	}
	close(ping)
	_, ok := <-pong
	theirs := <-done
	for i := range mine {
		fmt.Print(mine[i], " ", theirs[i], " ")
	}
	fmt.Println(v, ok)
	sync := make(chan struct{})
	shared := 0
	go func() {
		shared = 42
		sync <- struct{}{}
	}()
	<-sync
	fmt.Println("after handoff:", shared)
}
