package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func walk(n *Node, visit func(int)) {
	if n == nil {
		return
	}
	walk(n.Left, visit)
	visit(n.Val)
	walk(n.Right, visit)
}

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	var root *Node
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	var out []int
	walk(root, func(v int) { out = append(out, v) })
	fmt.Println(out)
	fmt.Println(fact(20), fact(21))
	moves := 0
	hanoi(10, "a", "c", "b", &moves)
	fmt.Println(moves)
}
