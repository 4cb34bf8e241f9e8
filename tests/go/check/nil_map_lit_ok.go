package main

import "fmt"

type T struct {
	a int
	b string
}

func main() {
	m := map[string]int{"a": 1, "a": 2}
	t := T{1}
	u := T{c: 1}
	fmt.Println(m, t, u)
}
