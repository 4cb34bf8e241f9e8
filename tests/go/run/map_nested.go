// map_nested.go: maps of maps and maps of slices: lazily creating inner
// maps, comma-ok on both levels, deleting, and sorted reports.
package main

import (
	"fmt"
	"sort"
)

func main() {
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "a"}, {"a", "b"}}
	graph := map[string]map[string]int{}
	for _, e := range edges {
		inner, ok := graph[e[0]]
		if !ok {
			inner = map[string]int{}
			graph[e[0]] = inner
		}
		inner[e[1]]++
	}
	fmt.Println(graph, len(graph))
	if _, ok := graph["b"]["a"]; !ok {
		fmt.Println("no b->a")
	}
	fmt.Println(graph["zzz"]["x"], graph["zzz"] == nil, len(graph["zzz"]))
	delete(graph["a"], "c")
	delete(graph, "c")
	delete(graph, "nope")
	fmt.Println(graph)
	byLen := map[int][]string{}
	for _, w := range []string{"go", "is", "fun", "and", "fast", "ok"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	var lens []int
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		fmt.Println(l, byLen[l])
	}
	type stats struct{ n, sum int }
	m := map[string]stats{}
	for _, v := range []int{3, 5, 8} {
		s := m["all"]
		s.n++
		s.sum += v
		m["all"] = s
	}
	fmt.Printf("%+v\n", m)
	pm := map[string]*stats{"p": {}}
	pm["p"].n = 7
	fmt.Println(*pm["p"])
}
