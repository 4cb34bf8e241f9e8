// struct_slices.go: slices of structs: range gives copies (updates lost),
// indexing updates in place, slices of pointers share, appending to a
// struct's slice field through a pointer, and grouping by a field.
package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name   string
	Dept   string
	Salary int
	Skills []string
}

func main() {
	emps := []Emp{{"ann", "eng", 100, nil}, {"bob", "ops", 80, nil}, {"cid", "eng", 120, nil}}
	for _, e := range emps {
		e.Salary *= 2
	}
	fmt.Println(emps[0].Salary)
	for i := range emps {
		emps[i].Salary += 10
	}
	fmt.Println(emps[0].Salary, emps[2].Salary)
	ptrs := []*Emp{}
	for i := range emps {
		ptrs = append(ptrs, &emps[i])
	}
	ptrs[1].Skills = append(ptrs[1].Skills, "linux")
	fmt.Println(emps[1].Skills)
	byDept := map[string][]string{}
	total := map[string]int{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e.Name)
		total[e.Dept] += e.Salary
	}
	fmt.Println(byDept, total)
	sort.Slice(emps, func(i, j int) bool { return emps[i].Salary > emps[j].Salary })
	for _, e := range emps {
		fmt.Printf("%-4s %-4s %4d %v\n", e.Name, e.Dept, e.Salary, e.Skills)
	}
	fmt.Println(ptrs[0].Name)
}
