package main

import "fmt"

func main() {
	fmt.Println("start")
	panic(fmt.Sprintf("bad value %d", 42))
}
