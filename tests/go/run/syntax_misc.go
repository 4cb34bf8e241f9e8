// syntax_misc.go: less common syntax: unicode identifiers, struct tags,
// blank fields, elided composite types in nested literals (incl. &T),
// package-level initialisation through a call, recursive func types, and
// break in select.
package main

import "fmt"

type P struct{ X, Y int }

type Rec struct {
	Name string `json:"name"`
	_    int
	Age  int `json:"age,omitempty"`
}

type F func(int) F

var initialised = record("package var _ ran")

var events []string

func record(s string) bool {
	events = append(events, s)
	return true
}

func main() {
	π := 3.14159
	变量 := "unicode"
	fmt.Println(π, 变量, initialised, events)
	r := Rec{Name: "ann", Age: 3}
	fmt.Printf("%+v\n", r)
	ps := []*P{{1, 2}, {3, 4}}
	grid := map[P][]P{{0, 0}: {{1, 1}, {2, 2}}}
	nested := [][2]string{{"a", "b"}, {"c"}}
	fmt.Println(*ps[1], grid, nested, len(nested[1][1]))
	arr := [2][2]int{1: {0: 5}}
	fmt.Println(arr)
	var count int
	var f F
	f = func(n int) F {
		count += n
		return f
	}
	f(1)(2)(3)
	fmt.Println(count)
	ch := make(chan int, 1)
	ch <- 1
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case v := <-ch:
			n += v
			break
		default:
			n += 10
		}
	}
	fmt.Println(n)
	const (
		a float64 = iota * 1.5
		b
		c
	)
	fmt.Println(a, b, c, 0x1F, 0b11, 0o17)
	type Temp int
	chans := [3]chan int{}
	for i := range chans {
		chans[i] = make(chan int, 1)
		chans[i] <- i * i
	}
	fmt.Println(<-chans[2], len(chans[0]), Temp(3))
}
