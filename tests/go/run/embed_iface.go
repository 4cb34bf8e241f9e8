// embed_iface.go: a method promoted from an embedded field satisfies an
// interface for the outer type, by value and by pointer.
package main

import "fmt"

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }
func (b *Base) Set(v int)       { b.ID = v }

type Outer struct{ Base }

type Describer interface{ Describe() string }
type Setter interface{ Set(int) }

func main() {
	var d Describer = Outer{Base{1}}
	fmt.Println(d.Describe())
	o := &Outer{}
	var s Setter = o
	s.Set(5)
	fmt.Println(o.ID)
}
