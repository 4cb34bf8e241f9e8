// The Go side of conclab's runtime benchmarks: the same workloads as
// rtbench.c, run as `go run main.go WORKLOAD N` with GOMAXPROCS=1. The last
// line is ns_per_op=X, or bytes_per_goroutine=X for parked.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"time"
)

func handoff(n int, capacity int) {
	c := make(chan int, capacity)
	done := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			<-c
		}
		done <- true
	}()
	for i := 0; i < n; i++ {
		c <- i
	}
	<-done
}

func selectPingPong(n int) {
	ping, quit, done := make(chan int), make(chan bool), make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			select {
			case <-ping:
			case <-quit:
			}
		}
		done <- true
	}()
	for i := 0; i < n; i++ {
		select {
		case ping <- i:
		case <-quit:
		}
	}
	<-done
}

func yield(n int) {
	var wg sync.WaitGroup
	wg.Add(2)
	for g := 0; g < 2; g++ {
		go func() {
			for i := 0; i < n; i++ {
				runtime.Gosched()
			}
			wg.Done()
		}()
	}
	wg.Wait()
}

func spawn(n int) {
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func() { wg.Done() }()
	}
	wg.Wait()
}

// rssBytes is the resident set size, as rtbench measures it.
func rssBytes() uint64 {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0
	}
	var pages, res uint64
	fmt.Sscan(string(b), &pages, &res)
	return res * uint64(os.Getpagesize())
}

// parked: N goroutines blocked on one channel; the growth of the resident
// set while they are all parked, divided by N (as rtbench measures it).
func parked(n int) float64 {
	c := make(chan int)
	var wg sync.WaitGroup
	wg.Add(n)
	before := rssBytes()
	for i := 0; i < n; i++ {
		go func() { <-c; wg.Done() }()
	}
	for runtime.NumGoroutine() < n+1 {
		runtime.Gosched()
	}
	runtime.Gosched()
	after := rssBytes()
	close(c)
	wg.Wait()
	return float64(after-before) / float64(n)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: main WORKLOAD N")
		os.Exit(1)
	}
	w := os.Args[1]
	n, _ := strconv.Atoi(os.Args[2])
	start := time.Now()
	ops := n
	switch w {
	case "handoff":
		handoff(n, 0)
	case "buffered":
		handoff(n, 128)
	case "select":
		selectPingPong(n)
	case "yield":
		yield(n)
		ops = 2 * n
	case "spawn":
		spawn(n)
	case "parked":
		fmt.Printf("workload=parked n=%d\nbytes_per_goroutine=%.0f\n", n, parked(n))
		return
	default:
		fmt.Fprintln(os.Stderr, "unknown workload", w)
		os.Exit(1)
	}
	el := time.Since(start)
	fmt.Printf("workload=%s n=%d\nns_per_op=%.2f\n", w, n, float64(el.Nanoseconds())/float64(ops))
}
