// time_timers.go: time.NewTimer with Stop and Reset, AfterFunc, NewTicker,
// Tick and Duration's methods, on the virtual clock; timers are not
// goroutines (NumGoroutine is 1).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	select {
	case <-t.C:
		fmt.Println("timer fired")
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after first")
	}
	fmt.Println("stop:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("reset fired")
	done := make(chan bool)
	f := time.AfterFunc(20*time.Millisecond, func() {
		fmt.Println("afterfunc ran")
		done <- true
	})
	<-done
	fmt.Println("stop after fire:", f.Stop())
	g := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending:", g.Stop())
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks:", n)
	c := time.Tick(5 * time.Millisecond)
	<-c
	<-c
	fmt.Println("tick twice")
	fmt.Println("goroutines:", runtime.NumGoroutine())
	d := 90*time.Minute + 30*time.Second
	fmt.Println(d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour), d.Nanoseconds(), d.Microseconds())
	start := time.Now()
	deadline := start.Add(2 * time.Second)
	fmt.Println(deadline.After(start), start.Before(deadline), start.Equal(start), time.Until(deadline) <= 2*time.Second)
	fmt.Println(time.Duration(1500) * time.Microsecond)
}
