package main

import "fmt"

func main() {
	a := [3]int{}
	fmt.Println(a[5])
	s := "abc"
	fmt.Println(s[1:0])
}
