package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type byLen []string

func main() {
	s := "  the quick  brown fox  "
	fmt.Println(strings.Fields(s), len(strings.Fields(s)))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.ToUpper("go!"), strings.ToLower("GO"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Printf("[%s] %s %s\n", strings.TrimSpace(s), strings.TrimPrefix("prefix-x", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"), strings.Count("cheese", "e"), strings.Repeat("ab", 3))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d,", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	v, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(v, err, strconv.Itoa(-45), strconv.FormatInt(255, 2), strconv.Quote("hi\n"))
	xs := []int{5, 2, 8, 1}
	sort.Ints(xs)
	ws := []string{"pear", "fig", "apple"}
	sort.Strings(ws)
	fmt.Println(xs, ws, sort.SearchInts(xs, 5))
	people := []struct {
		Name string
		Age  int
	}{{"A", 30}, {"B", 25}, {"C", 35}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
}
