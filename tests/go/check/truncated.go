package main

import "fmt"

func main() {
	var b int = 2.5
	fmt.Println(b)
}
