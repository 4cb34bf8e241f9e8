// named_types.go: named types over ints, strings, slices, maps and funcs,
// with methods; conversions between named and underlying types.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type Path string

func (p Path) Parts() []string { return strings.Split(string(p), "/") }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Registry map[string]int

func (r Registry) Add(k string) { r[k]++ }

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), Celsius(-40).ToF(), float64(c)+1)
	fmt.Printf("%T %T %v\n", c, c.ToF(), Fahrenheit(c) == 100)
	p := Path("usr/local/bin")
	fmt.Println(p.Parts(), len(p), p[4:])
	var l IntList
	l.Push(3)
	l.Push(4)
	l = append(l, 5)
	fmt.Println(l, l.Sum(), len(l))
	sort.Ints(l)
	raw := []int(l)
	raw[0] = 30
	fmt.Println(l.Sum())
	r := Registry{}
	r.Add("a")
	r.Add("a")
	fmt.Println(r)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply3(1, 2, 3), Op(func(a, b int) int { return a * b }).Apply3(2, 3, 4))
	type Grade byte
	g := Grade('A') + 2
	fmt.Println(g, string(rune(g)))
}
