// Failed type assertions: Go names the interface asserted from (its
// static type), the dynamic type, and a missing method.
package main

import "fmt"

type I interface{ M() }
type J interface{ N() }
type T struct{}

func (T) M() {}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var e interface{} = "s"
	var a any = 3.5
	var i I = T{}
	var nilI I
	var nilE interface{}
	try(func() { _ = e.(int) })
	try(func() { _ = a.(string) })
	try(func() { _ = i.(J) })
	try(func() { _ = e.(I) })
	try(func() { _ = nilI.(T) })
	try(func() { _ = nilE.(int) })
	try(func() { _ = nilE.(I) })
	try(func() { _ = nilI.(J) })
	_ = i.(interface{ N() })
}
