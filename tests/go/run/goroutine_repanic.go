// goroutine_repanic.go: a goroutine recovers a panic, logs it and panics
// again with more context: the program crashes with the new value, and Go
// reports the first panic as [recovered].
package main

import (
	"fmt"
	"time"
)

func process(items []string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("process: recovered", r)
			panic(fmt.Sprintf("process failed: %v", r))
		}
	}()
	var m map[string]int
	for _, it := range items {
		m[it]++
	}
}

func main() {
	go process([]string{"a"})
	time.Sleep(time.Second)
}
