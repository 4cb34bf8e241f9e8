// map_ops.go: len after inserts and deletes, deleting missing keys,
// deleting every entry while ranging, zero values, and map aliasing.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	m := make(map[string]int, 10)
	for i, w := range strings.Fields("one two three four five") {
		m[w] = i + 1
	}
	fmt.Println(len(m), m["three"], m["six"])
	delete(m, "six")
	delete(m, "two")
	fmt.Println(len(m))
	alias := m
	alias["new"] = 100
	fmt.Println(len(m), m["new"])
	for k := range m {
		if strings.HasPrefix(k, "f") {
			delete(m, k)
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, m)
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m), m, alias)
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	v, ok := counts['s']
	w, ok2 := counts['z']
	fmt.Println(v, ok, w, ok2)
	sets := map[string]struct{}{}
	sets["a"] = struct{}{}
	_, has := sets["a"]
	fmt.Println(has, len(sets), sets)
}
