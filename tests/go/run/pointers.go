// pointers.go: pointers to variables, fields, array and slice elements,
// new, pointer equality, pointer to pointer, and swapping through pointers.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func swap(a, b *int) { *a, *b = *b, *a }

func incAll(ps []*int) {
	for _, p := range ps {
		*p++
	}
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	pp := &p
	**pp = 10
	fmt.Println(x, *p == **pp, p == &x, p == &y)
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	s := arr[:]
	f := &s[2]
	*f = 30
	fmt.Println(arr)
	incAll([]*int{&arr[0], &x, &arr[0]})
	fmt.Println(arr[0], x)
	n := new(int)
	fmt.Println(*n, n != nil)
	var list *Node
	for i := 3; i >= 1; i-- {
		list = &Node{i, list}
	}
	for c := list; c != nil; c = c.Next {
		fmt.Print(c.Val, " ")
	}
	fmt.Println()
	node := &list.Next.Val
	*node = 200
	fmt.Println(list.Next.Val)
	type T struct{ A, B int }
	t := T{1, 2}
	pb := &t.B
	t = T{5, 6}
	fmt.Println(*pb)
	var np *T
	fmt.Println(np == nil, np)
	q1, q2 := new(T), new(T)
	fmt.Println(q1 == q2, *q1 == *q2)
}
