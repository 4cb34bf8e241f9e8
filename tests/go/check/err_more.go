package main

import "fmt"

type T struct{}

func (t T) M() {}

func g() {}

func main() {
	var t T
	t.M = nil
	x := g()
	var a [3]int
	a[3] = 1
	s := []int{1, 2, 3}
	s.Len()
	var i interface{ M() } = &t
	j := i.(int)
	fmt.Println(x, j)
	if true {
		return 1
	}
	const c int = "s"
	var f float64 = "x" + 1
	fmt.Printf("%d\n", 1, 2) 
}
