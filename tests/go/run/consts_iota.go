package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const big = 1 << 100
const ratio = big / (1 << 98)

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB, ratio)
	const f = 1.0 / 3
	fmt.Println(f, f*3 == 1, 'a'+1, string(rune('a'+1)))
	var x uint8 = 200
	fmt.Println(x+100, x*2, -x, ^x)
	fmt.Printf("%T %T %T\n", KB, f, 'x')
}
