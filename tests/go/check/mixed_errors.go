package main

import "os"

func main() {
	x := 1
	var s string = x
}
