package main

import "fmt"

type P struct{ X int }

func main() {
	p := P{}
	fmt.Println(p.Y, p.x)
}
