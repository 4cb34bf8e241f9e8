package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Shape
	fmt.Stringer
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) String() string     { return "rect " + strconv.FormatFloat(r.W, 'f', 1, 64) }

type Base struct{ ID int }

func (b *Base) SetID(id int) { b.ID = id }

type Item struct {
	Base
	Name string
	tags []string
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d] }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return "code " + strconv.Itoa(e.Code) }

func find(n int) (int, error) {
	if n < 0 {
		return 0, &MyErr{n}
	}
	return n * 2, nil
}

func sum(xs ...int) (total int) {
	for _, x := range xs {
		total += x
	}
	return
}

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func main() {
	var s Named = Rect{2, 3}
	fmt.Println(s, s.Area())
	it := Item{Name: "x"}
	it.SetID(7)
	fmt.Println(it.ID, it.Base.ID, len(it.tags))
	fmt.Println(Monday, Thursday, sum(1, 2, 3), sum([]int{4, 5}...))
	if _, err := find(-1); err != nil {
		var me *MyErr
		if errors.As(err, &me) {
			fmt.Println("code", me.Code)
		}
	}
	q, err := divide(1, 0)
	fmt.Println(q, err)
	arr := [5]int{1, 2, 3}
	sl := arr[1:3:4]
	sl = append(sl, 9)
	fmt.Println(arr, sl, len(sl), cap(sl))
	m := map[[2]int]string{{1, 2}: "a"}
	fmt.Println(m[[2]int{1, 2}])
	var x interface{} = 3.5
	switch v := x.(type) {
	case int, int64:
		fmt.Println("int", v)
	case float64:
		fmt.Println("float", v+1)
	case nil:
		fmt.Println("nil")
	default:
		fmt.Println("other")
	}
	var u8 uint8 = 255
	u8++
	var i8 int8 = -128
	i8--
	fmt.Println(u8, i8, 7/2, -7/2, 7%-2, 1<<3|1, 6&^2, ^0)
	for i, r := range "héllo" {
		if r == 'l' {
			continue
		}
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	switch {
	case len(os.Args) > 5:
		fmt.Println("many")
		fallthrough
	case len(os.Args) > 10:
		fmt.Println("fell")
	default:
	}
	f := func(fn func(int) int) int { return fn(2) }
	fmt.Println(f(func(n int) int { return n * n }))
	area := Rect.Area
	fmt.Println(area(Rect{1, 1}))
	bound := s.Perimeter
	fmt.Println(bound())
	b := []byte("abc")
	b[0] = 'x'
	fmt.Println(string(b), []rune("hé")[1], string(rune(65)))
	n, _ := strconv.Atoi("42")
	fmt.Printf("%d %5.2f %q %v %+v %T\n", n, 3.14159, "q", it, it, it)
	var p *Item
	if p == nil {
		p = &Item{}
	}
	p.Name = "y"
	pp := &p.Base
	pp.ID = 3
	copy(b, "zz")
	delete(m, [2]int{1, 2})
	ch := make(chan int, 1)
	close(ch)
	_, ok := <-ch
	fmt.Println(ok, p.ID)
	goto end
end:
	os.Exit(0)
}
