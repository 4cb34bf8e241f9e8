// fmt_field_duration.go: a time.Duration inside a struct prints through
// its String method (%v and %+v), though the program never converts a
// Duration to an interface itself.
package main

import (
	"fmt"
	"time"
)

type Job struct {
	Name    string
	Timeout time.Duration
}

func main() {
	fmt.Println(Job{"build", 90 * time.Second})
	fmt.Printf("%+v\n", Job{"test", time.Millisecond})
}
