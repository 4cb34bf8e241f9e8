// crash_nil_map.go: writing to a nil map crashes the program: Go's panic
// message and exit status 2.
package main

import "fmt"

type Store struct{ data map[string]int }

func main() {
	var s Store
	fmt.Println("len", len(s.data), "get", s.data["x"])
	s.data["x"] = 1
	fmt.Println("not reached")
}
