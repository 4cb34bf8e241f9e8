// durations.go: time.Duration arithmetic and its String form for hours
// down to nanoseconds, negative and zero durations, and Seconds and
// Milliseconds.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1500, time.Microsecond * 1500, 2 * time.Millisecond,
		1500 * time.Millisecond, time.Minute + 30*time.Second,
		3*time.Hour + 2*time.Minute + 1*time.Second + 500*time.Millisecond,
		-90 * time.Second, 100 * time.Hour,
	}
	for _, d := range ds {
		fmt.Print(d, " ")
	}
	fmt.Println()
	d := 2*time.Second + 250*time.Millisecond
	fmt.Println(d.Seconds(), d.Milliseconds(), int64(d), d/time.Millisecond, d%time.Second)
	fmt.Printf("%v %d %s %T\n", d, d, d*2, d)
	timeout := 50 * time.Millisecond
	fmt.Println(timeout > 10*time.Millisecond, timeout.String())
}
