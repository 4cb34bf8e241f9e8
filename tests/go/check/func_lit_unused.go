package main

import "fmt"

func main() {
	f := func() {
		y := 2
	}
	f()
	fmt.Println()
}
