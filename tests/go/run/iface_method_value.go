// iface_method_value.go: a method value taken from an interface binds the
// dynamic value at that moment; reassigning the interface later does not
// change it; method values of pointer receivers see later changes.
package main

import "fmt"

type Speaker interface{ Say() string }

type Dog struct{ name string }

func (d Dog) Say() string { return d.name + ": woof" }

type Cat struct{ name string }

func (c *Cat) Say() string { return c.name + ": meow" }

func main() {
	var s Speaker = Dog{"rex"}
	say := s.Say
	s = &Cat{"tom"}
	fmt.Println(say(), s.Say())
	c := &Cat{"kit"}
	s = c
	say2 := s.Say
	c.name = "kat"
	fmt.Println(say2())
	d := Dog{"fido"}
	s = d
	say3 := s.Say
	d.name = "odie"
	fmt.Println(say3(), d.Say())
	speakers := []Speaker{Dog{"a"}, &Cat{"b"}}
	var fns []func() string
	for _, sp := range speakers {
		fns = append(fns, sp.Say)
	}
	for _, f := range fns {
		fmt.Println(f())
	}
}
