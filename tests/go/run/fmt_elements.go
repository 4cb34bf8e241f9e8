// fmt_elements.go: slice, array and struct elements of small types (int8,
// float32, bool, uint16) print from their packed memory form.
package main

import "fmt"

type S struct{ A int8; B float32; C bool }

func main() {
	fmt.Println([]S{{1, 2.5, true}, {-3, -0.5, false}}, [3]int8{-1, 2, 3}, []bool{true, false}, []uint16{65535}, [][2]float32{{1.5, 2}})
	fmt.Printf("%#v %v\n", []S{{1, 2.5, true}}, []*int{nil})
}
