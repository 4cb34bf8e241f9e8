// fmt_sharp_v.go: %#v prints Go syntax: type names, field names, quotes.
package main

import "fmt"

type P struct {
	X int
	S string
}

func main() {
	var nilSlice []int
	fmt.Printf("%#v %#v %#v %#v\n", nilSlice, []int{}, []string{"x"}, P{1, "a"})
	fmt.Printf("%#v %#v %#v %#v\n", map[string]int{"k": 1}, "q", 42, &P{})
}
