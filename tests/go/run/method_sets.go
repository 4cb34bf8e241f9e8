// method_sets.go: value vs pointer receivers: a value method works on a
// copy, pointer methods on addressable values, and which of T and *T
// satisfy an interface.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncValue()    { c.n++ }
func (c *Counter) IncPointer() { c.n++ }
func (c Counter) Get() int     { return c.n }

type Getter interface{ Get() int }
type Incer interface{ IncPointer() }

func main() {
	var c Counter
	c.IncValue()
	c.IncPointer()
	c.IncPointer()
	fmt.Println(c.Get())
	p := &c
	p.IncValue()
	p.IncPointer()
	fmt.Println(p.Get(), c.n)
	cs := []Counter{{}, {}}
	for _, x := range cs {
		x.IncPointer()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].IncPointer()
	}
	fmt.Println(cs)
	m := map[string]*Counter{"a": {}}
	m["a"].IncPointer()
	fmt.Println(m["a"].Get())
	var g Getter = c
	c.IncPointer()
	fmt.Println(g.Get(), c.Get())
	var gp Getter = &c
	c.IncPointer()
	fmt.Println(gp.Get())
	var i Incer = &c
	i.IncPointer()
	fmt.Println(c.n)
	_, ok := g.(Incer)
	_, ok2 := gp.(Incer)
	fmt.Println(ok, ok2)
}
