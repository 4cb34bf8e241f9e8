package main

import "fmt"

func main() {
	m := map[string]int{"b": 2, "a": 1}
	m["c"] = 3
	m["a"] += 10
	v, ok := m["zz"]
	fmt.Println(m, len(m), v, ok, m["a"])
	delete(m, "b")
	fmt.Println(m)
	sum := 0
	for k, v := range m {
		sum += v
		_ = k
	}
	fmt.Println(sum)
	counts := make(map[int][]string)
	counts[1] = append(counts[1], "one")
	counts[1] = append(counts[1], "uno")
	fmt.Println(counts)
	var nm map[string]bool
	fmt.Println(nm["x"], len(nm), nm == nil)
	type key struct{ a, b int }
	km := map[key]string{{1, 2}: "x"}
	km[key{3, 4}] = "y"
	fmt.Println(km[key{1, 2}], km[key{3, 4}], len(km))
}
