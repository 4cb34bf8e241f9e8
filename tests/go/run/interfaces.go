package main

import (
	"errors"
	"fmt"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{404}
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
		total += s.Area()
	}
	fmt.Println(total)
	var s Shape = Rect{1, 1}
	if r, ok := s.(Rect); ok {
		fmt.Println("rect width", r.W)
	}
	_, isCircle := s.(*Circle)
	fmt.Println(isCircle)
	fmt.Println(find(true) == nil, find(false))
	err := errors.New("plain")
	fmt.Println(err, Celsius(21.5))
	var any1 interface{} = 42
	var any2 interface{} = "str"
	fmt.Println(any1 == 42, any2 == "str", any1 != any2)
	fmt.Printf("%v %d %T %T\n", any1, any1, any1, any2)
}
