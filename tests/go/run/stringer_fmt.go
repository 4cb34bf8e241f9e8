// stringer_fmt.go: how fmt uses String(): in Println, %v, %s, inside
// slices, maps and struct fields, and not for %d; pointer-receiver
// String only for pointers.
package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Item struct {
	Name  string
	Color Color
}

func main() {
	fmt.Println(Red, Blue, []Color{Green, Red})
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Blue)
	fmt.Println(map[Color]int{Blue: 3, Red: 1})
	fmt.Printf("%v %+v\n", Item{"ball", Blue}, Item{"cube", Red})
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %v %s\n", v, &v, &v)
	fmt.Println(fmt.Sprint(Red, Green), fmt.Sprintf("%5s|%-6v|", Red, Blue))
	var s fmt.Stringer = Blue
	fmt.Println(s.String(), s)
}
