package main

import "fmt"

func main() {
	var i interface{} = 1
	var n int = i
	fmt.Println(n)
}
