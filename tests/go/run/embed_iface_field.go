// embed_iface_field.go: a struct embedding an interface overrides one
// method; the other is promoted from the embedded interface value.
package main

import (
	"fmt"
	"strings"
)

type Greeter interface {
	Greet() string
	Name() string
}

type English struct{}

func (English) Greet() string { return "hello" }
func (English) Name() string  { return "en" }

type Loud struct{ Greeter }

func (l Loud) Greet() string { return strings.ToUpper(l.Greeter.Greet()) + "!" }

func main() {
	l := Loud{English{}}
	fmt.Println(l.Greet(), l.Name())
	var g Greeter = l
	fmt.Println(g.Greet(), g.Name())
}
