// map_keys.go: maps keyed by structs, arrays, pointers, interfaces and
// floats; fmt prints maps with their keys sorted.
package main

import (
	"fmt"
	"sort"
)

type Pos struct{ X, Y int }

func main() {
	grid := map[Pos]string{{0, 0}: "origin", {1, 2}: "a", {-1, 5}: "b"}
	grid[Pos{1, 2}] = "A"
	fmt.Println(grid, len(grid), grid[Pos{9, 9}] == "")
	arr := map[[2]string]int{{"a", "b"}: 1}
	arr[[2]string{"a", "b"}]++
	fmt.Println(arr)
	ifc := map[interface{}]string{1: "int", "1": "string", 1.5: "float", true: "bool", Pos{}: "pos"}
	fmt.Println(len(ifc), ifc[1], ifc["1"], ifc[1.5], ifc[true], ifc[Pos{}], ifc[int64(1)] == "")
	fl := map[float64]int{2.5: 1, -1: 2, 0: 3}
	fmt.Println(fl)
	bm := map[bool][]int{true: {1}, false: {0}}
	fmt.Println(bm)
	x, y := 1, 1
	pm := map[*int]string{&x: "x", &y: "y"}
	fmt.Println(len(pm), pm[&x], pm[&y])
	var keys []Pos
	for k := range grid {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].X != keys[j].X {
			return keys[i].X < keys[j].X
		}
		return keys[i].Y < keys[j].Y
	})
	for _, k := range keys {
		fmt.Print(k, "=", grid[k], " ")
	}
	fmt.Println()
	rm := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(rm)
}
