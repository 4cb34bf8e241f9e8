// pattern_pubsub.go: a broker goroutine fans each published message out to
// every subscriber's buffered channel; unsubscribing closes that channel;
// subscribers report what they got after the broker stops.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type broker struct {
	sub   chan chan string
	unsub chan chan string
	pub   chan string
	stop  chan struct{}
}

func (b *broker) run() {
	subs := map[chan string]bool{}
	for {
		select {
		case c := <-b.sub:
			subs[c] = true
		case c := <-b.unsub:
			delete(subs, c)
			close(c)
		case m := <-b.pub:
			for c := range subs {
				c <- m
			}
		case <-b.stop:
			for c := range subs {
				close(c)
			}
			return
		}
	}
}

func main() {
	b := &broker{make(chan chan string), make(chan chan string), make(chan string), make(chan struct{})}
	go b.run()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	subscribe := func(name string) chan string {
		c := make(chan string, 10)
		b.sub <- c
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range c {
				mu.Lock()
				got[name] = append(got[name], m)
				mu.Unlock()
			}
		}()
		return c
	}
	a := subscribe("a")
	subscribe("b")
	b.pub <- "one"
	b.pub <- "two"
	b.unsub <- a
	b.pub <- "three"
	close(b.stop)
	wg.Wait()
	names := []string{}
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, strings.Join(got[n], ","))
	}
}
