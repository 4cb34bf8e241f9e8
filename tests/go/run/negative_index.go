// A negative index that is not a constant: Go's message names no length.
package main

import "fmt"

func at(s []int, i int) (v int, err interface{}) {
	defer func() { err = recover() }()
	return s[i], nil
}

func main() {
	s := []int{1, 2, 3}
	fmt.Println(at(s, -1))
	fmt.Println(at(s, 3))
	a := [2]string{"x", "y"}
	i := -2
	defer func() { fmt.Println(recover()) }()
	fmt.Println(a[i])
}
