// struct_anon.go: anonymous struct types: literals, slices of them,
// assignment between identical anonymous types, nesting, and printing.
package main

import "fmt"

type Named struct {
	X int
	Y string
}

func main() {
	p := struct {
		X int
		Y string
	}{1, "one"}
	var n Named = p
	n.X = 2
	fmt.Println(p, n, p == struct {
		X int
		Y string
	}{1, "one"})
	cases := []struct {
		in   string
		want int
	}{{"a", 1}, {"bb", 2}, {"", 0}}
	for _, c := range cases {
		fmt.Print(len(c.in) == c.want, " ")
	}
	fmt.Println(len(cases))
	cfg := struct {
		Name  string
		Limit struct{ Min, Max int }
		Tags  []string
	}{Name: "svc"}
	cfg.Limit.Max = 10
	cfg.Tags = append(cfg.Tags, "a")
	fmt.Printf("%v %+v\n", cfg, cfg)
	var empty struct{}
	fmt.Println(empty, struct{}{} == empty)
	pt := &struct{ A, B int }{3, 4}
	pt.A *= 10
	fmt.Println(pt.A+pt.B, *pt)
	m := map[string]struct{ N int }{"k": {7}}
	fmt.Println(m["k"].N, m)
}
