// binary_tree.go: a recursive data structure: insertion into a binary
// search tree, in-order traversal with a closure, height, and a Walk that
// sends values over a channel from a goroutine.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) InOrder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.InOrder(visit)
	visit(t.Val)
	t.Right.InOrder(visit)
}

func (t *Tree) Height() int {
	if t == nil {
		return 0
	}
	l, r := t.Left.Height(), t.Right.Height()
	if l > r {
		return l + 1
	}
	return r + 1
}

func walk(t *Tree, ch chan<- int) {
	t.InOrder(func(v int) { ch <- v })
	close(ch)
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = root.Insert(v)
	}
	var vals []int
	root.InOrder(func(v int) { vals = append(vals, v) })
	fmt.Println(vals, root.Height())
	ch := make(chan int)
	go walk(root, ch)
	sum := 0
	for v := range ch {
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Println(root.Left.Right.Val, root.Right.Left.Right.Val)
}
