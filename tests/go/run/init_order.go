// init_order.go: package-level variables initialise in dependency order,
// not source order; several init functions run in source order before
// main; an init may start a goroutine main later waits for.
package main

import "fmt"

var (
	a = b + 1
	b = f("b", 10)
	c = f("c", a*2)
)

var log []string

var ready = make(chan string, 1)

func f(name string, v int) int {
	log = append(log, name)
	return v
}

func init() {
	log = append(log, "init1")
}

func init() {
	log = append(log, "init2")
	go func() { ready <- "from init goroutine" }()
}

func main() {
	fmt.Println(a, b, c)
	fmt.Println(log)
	fmt.Println(<-ready)
}
