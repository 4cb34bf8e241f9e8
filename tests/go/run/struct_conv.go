// struct_conv.go: converting between struct types with identical fields,
// between named slice/map types and their underlying types, and arrays
// sized by constant expressions (len of a constant string).
package main

import "fmt"

type Celsius struct{ Deg float64 }
type Kelvin struct{ Deg float64 }

type Strings []string
type Env map[string]string

const greeting = "hello"

var buf [len(greeting) * 2]byte

type Matrix [2][3]int

func main() {
	c := Celsius{21.5}
	k := Kelvin(c)
	k.Deg += 273.15
	fmt.Println(c, k)
	anon := struct{ Deg float64 }{1}
	c = anon
	fmt.Println(c, Celsius(anon) == c)
	s := Strings([]string{"a", "b"})
	raw := []string(s)
	raw[0] = "z"
	fmt.Println(s, len(s))
	e := Env{"HOME": "/root"}
	m := map[string]string(e)
	m["USER"] = "me"
	fmt.Println(len(e), e["USER"])
	fmt.Println(len(buf), cap(buf[:3]))
	var mx Matrix
	fmt.Println(len(mx), len(mx[0]), mx)
	const n = len(greeting)
	arr := [n]int{}
	fmt.Println(len(arr), [...]int{n: 1}[n])
	var nilF func()
	var nilM map[int]int
	var nilS []int
	fmt.Println(nilF == nil, nilM == nil, nilS == nil)
}
