package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 9
	fmt.Println(a, b, a == b, a == [3]int{1, 2, 3})
	p, q := P{1, 2, "x"}, P{1, 2, "x"}
	fmt.Println(p == q, p != P{})
	grid := [2][2]string{{"a", "b"}, {"c", "d"}}
	grid[1][1] = "z"
	fmt.Println(grid, len(grid[0]))
	seen := map[[2]int]bool{}
	seen[[2]int{1, 2}] = true
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}])
	var ifs []interface{}
	ifs = append(ifs, 1, "a", 2.5, nil, P{})
	fmt.Println(ifs, len(ifs))
	fmt.Println(ifs[0] == 1, ifs[3] == nil)
}
