// crash_embedded_nil.go: calling a promoted method through a nil embedded
// pointer dereferences nil: Go's nil pointer crash, exit status 2.
package main

import "fmt"

type Engine struct{ HP int }

func (e *Engine) Power() int { return e.HP }

type Car struct {
	*Engine
	Name string
}

func main() {
	c := Car{&Engine{300}, "fast"}
	fmt.Println(c.Name, c.Power())
	d := Car{Name: "no engine"}
	fmt.Println(d.Name)
	fmt.Println(d.Power())
}
