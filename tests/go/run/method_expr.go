// method_expr.go: method expressions T.m and (*T).m as functions that take
// the receiver first (a value receiver gets a copy), and their types.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int          { return p.X + p.Y }
func (p Point) Scale(k int) Point { return Point{p.X * k, p.Y * k} }
func (p *Point) Move(dx int)      { p.X += dx }
func (p Point) Bump() Point       { p.X++; return p }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	sum := Point.Sum
	scale := Point.Scale
	move := (*Point).Move
	p := Point{1, 2}
	fmt.Println(sum(p), scale(p, 3))
	move(&p, 10)
	fmt.Println(p, sum(p))
	fs := []func(Celsius) float64{Celsius.F}
	fmt.Println(fs[0](100))
	fmt.Printf("%T\n", move)
	q := Point.Bump(p)
	fmt.Println(p, q)
}
