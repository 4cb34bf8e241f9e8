// const_undefined_iota.go: a constant whose initialiser is in error is
// invalid where it is used (a shift of it is not checked again): found by
// the fuzzer, a null constant value.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday =ziota
	Monday
	Tuesday
)

const big = 1 << 0+50

func main() {
	var w Weekday = Monday
	fmt.Println(w, Tuesday& big>>98)
	var i int = big
	fmt.Println(i)
}
