// sort_custom.go: sort.Slice with multi-key comparisons, sort.SliceStable
// keeping equal elements in order, sort.Float64s, sort.SearchInts hits and
// misses.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Ann", 30}, {"Bob", 25}, {"Cid", 30}, {"Dee", 25}, {"Eve", 35}, {"Abe", 30}}
	sort.Slice(people, func(i, j int) bool {
		if people[i].Age != people[j].Age {
			return people[i].Age > people[j].Age
		}
		return people[i].Name < people[j].Name
	})
	fmt.Println(people)
	words := []string{"bb", "a", "ccc", "dd", "e", "fff", "gg"}
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
	fs := []float64{2.5, -1, 3.25, 0, -7.5}
	sort.Float64s(fs)
	fmt.Println(fs)
	xs := []int{10, 20, 30, 40}
	for _, x := range []int{5, 10, 25, 40, 50} {
		fmt.Print(sort.SearchInts(xs, x), " ")
	}
	fmt.Println()
	ss := []string{"b", "B", "a", "A", "_", "1"}
	sort.Strings(ss)
	fmt.Println(ss)
	big := make([]int, 50)
	for i := range big {
		big[i] = (i * 37) % 50
	}
	sort.Ints(big)
	ok := true
	for i := range big {
		if big[i] != i {
			ok = false
		}
	}
	fmt.Println(ok, big[:5])
}
