// slice_nil_empty.go: nil slices vs empty slices: ==nil, len/cap, printing
// with %v, append, range, and a nil slice in a struct.
package main

import "fmt"

type Bag struct {
	Items []string
	Tags  map[string]int
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	fmt.Println(a == nil, b == nil, c == nil, len(a), cap(b), a, b)
	fmt.Printf("%v %v %d %s|\n", a, b, a, []string(nil))
	for range a {
		fmt.Println("never")
	}
	a = append(a, 1)
	fmt.Println(a, a == nil)
	var bag Bag
	fmt.Printf("%v %+v %d %v\n", bag, bag, len(bag.Items), bag.Tags == nil)
	bag.Items = append(bag.Items, "first")
	fmt.Println(bag.Items[0], bag.Tags["none"])
	d := a[:0]
	fmt.Println(d == nil, len(d), cap(d))
	var e []int
	e = e[:0]
	fmt.Println(e == nil, fmt.Sprint(e) == fmt.Sprint([]int{}))
	var ss [][]int
	ss = append(ss, nil, []int{})
	fmt.Println(len(ss), ss[0] == nil, ss[1] == nil, ss)
}
