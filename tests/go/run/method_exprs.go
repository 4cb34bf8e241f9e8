// method_exprs.go: method values bind their receiver when evaluated (a copy
// for value receivers, the pointer for pointer receivers), stored in maps
// and slices and passed as func values.
package main

import "fmt"

type Acc struct{ total int }

func (a Acc) Total() int     { return a.total }
func (a *Acc) Add(n int)     { a.total += n }
func (a Acc) With(n int) Acc { a.total += n; return a }

func apply(f func(int), vals ...int) {
	for _, v := range vals {
		f(v)
	}
}

func main() {
	a := Acc{}
	add := a.Add
	apply(add, 1, 2, 3)
	fmt.Println(a.total)
	snapshot := a.Total
	a.Add(100)
	fmt.Println(snapshot(), a.Total())
	with := a.With
	a.Add(1)
	fmt.Println(with(10).total, a.total)
	pa := &a
	ptrTotal := pa.Total
	pa.Add(1)
	fmt.Println(ptrTotal(), pa.Total())
	fs := map[string]func(int){"add": a.Add}
	fs["add"](1000)
	fmt.Println(a.total)
	var fns []func() int
	for i := 0; i < 3; i++ {
		fns = append(fns, Acc{i * 10}.Total)
	}
	for _, f := range fns {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", a.With, a.Add)
}
