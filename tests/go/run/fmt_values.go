// fmt_values.go: %v and %+v on structs, nested structs, pointers to
// structs (&{...}), slices and maps of structs, nil values, and %T of
// many types.
package main

import "fmt"

type Point struct{ X, Y int }

type Line struct {
	From, To Point
	Label    string
	Tags     []string
	Meta     map[string]int
	Next     *Line
}

func main() {
	l := Line{Point{1, 2}, Point{3, 4}, "L", []string{"a"}, map[string]int{"w": 2}, nil}
	fmt.Printf("%v\n%+v\n", l, l)
	p := &Point{5, 6}
	fmt.Printf("%v %+v\n", p, p)
	fmt.Println([]Point{{1, 1}, {2, 2}}, []*Point{}, map[string]Point{"o": {}})
	var np *Point
	var ns []int
	var nm map[string]int
	var ni interface{}
	var nf func()
	var nc chan int
	var ne error
	fmt.Println(np, ns, nm, ni, nf == nil, nc, ne)
	fmt.Printf("%v %v %v %v %v\n", np, ns, nm, ni, ne)
	fmt.Printf("%T %T %T %T %T\n", l, p, []Point{}, map[string][]int{}, [3]bool{})
	fmt.Printf("%T %T %T %T\n", nf, nc, make(<-chan string), func(int, ...string) error { return nil })
	fmt.Printf("%T %T %T %T %T\n", ni, ne, struct{ A int }{}, 'x', uintptr(1))
	fmt.Printf("%v|%d|%s\n", struct{}{}, Point{7, 8}, Point{9, 10})
	type Wrapper struct {
		P   *Point
		Any interface{}
		Err error
	}
	fmt.Printf("%+v\n", Wrapper{Any: 3})
}
