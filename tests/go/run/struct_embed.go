// struct_embed.go: embedding: promoted fields and methods through two
// levels, shadowing by the outer type, explicit access to the embedded
// value, and printing nested embedded structs.
package main

import "fmt"

type Base struct {
	ID   int
	Name string
}

func (b Base) Describe() string  { return fmt.Sprintf("base %d %s", b.ID, b.Name) }
func (b *Base) SetName(n string) { b.Name = n }
func (b Base) Kind() string      { return "base" }

type Middle struct {
	Base
	Level int
}

func (m Middle) Kind() string { return "middle" }

type Top struct {
	Middle
	Name string
}

func main() {
	t := Top{Middle{Base{1, "inner"}, 2}, "outer"}
	fmt.Println(t.ID, t.Level, t.Name, t.Middle.Name, t.Base.Name)
	fmt.Println(t.Kind(), t.Middle.Kind(), t.Base.Kind(), t.Describe())
	t.SetName("renamed")
	fmt.Println(t.Name, t.Base.Name)
	t.ID = 42
	fmt.Println(t.Describe(), t.Middle.Describe())
	fmt.Printf("%v\n%+v\n", t, t)
	m := Middle{Base: Base{Name: "m"}}
	m.ID = 5
	fmt.Println(m, m.Base == Base{5, "m"})
}
