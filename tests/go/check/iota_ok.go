package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const big = 1 << 100

func main() {
	var w Weekday = Monday
	fmt.Println(w, Tuesday, big>>98)
	var i int = big
	fmt.Println(i)
}
