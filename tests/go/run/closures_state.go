// closures_state.go: closures share captured variables by reference: two
// closures over one variable, changes after creation, a recursive closure,
// closures as struct fields and generators.
package main

import "fmt"

func pair() (func() int, func() int) {
	n := 0
	inc := func() int { n++; return n }
	get := func() int { return n }
	return inc, get
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

type Button struct {
	Label   string
	OnClick func() string
}

func main() {
	inc, get := pair()
	inc()
	inc()
	fmt.Println(get(), inc(), get())
	x := 10
	show := func() int { return x }
	x = 20
	fmt.Println(show())
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10))
	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	clicks := 0
	b := Button{"ok", func() string { clicks++; return fmt.Sprint("clicked ", clicks) }}
	b.OnClick()
	fmt.Println(b.OnClick(), clicks)
	adders := make([]func(int) int, 3)
	for i := range adders {
		k := i * 100
		adders[i] = func(v int) int { return v + k }
	}
	fmt.Println(adders[0](1), adders[2](1))
	total := 0
	func() {
		total += 5
		func() { total *= 2 }()
	}()
	fmt.Println(total)
}
