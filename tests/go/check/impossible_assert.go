package main

import "fmt"

type S interface{ M() }
type T struct{}

func main() {
	var s S
	t := s.(T)
	fmt.Println(t)
}
