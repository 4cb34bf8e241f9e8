// stdout_order_pipe.go: Go writes each fmt.Println straight to fd 1, so with
// stdout and stderr on one pipe (`2>&1 | cat`) the line comes before the
// panic report.
package main

import "fmt"

func main() {
	fmt.Println("before the panic")
	var m map[string]int
	m["x"] = 1
}
