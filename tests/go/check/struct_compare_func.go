package main

import "fmt"

type T struct{ f func() }

func main() {
	var a, b T
	fmt.Println(a == b)
	var m map[[]int]bool
	fmt.Println(m)
}
