// crash_nil_map_line.go: the crash report for a nil-map write in a called
// function names the caller's line of the call (13), not the next line.
package main

import "fmt"

func set(m map[string]int) {
	m["x"] = 1
}

func main() {
	var m map[string]int
	set(m)
	fmt.Println("not reached")
}
