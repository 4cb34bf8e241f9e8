// slice_ops.go: delete, insert, reverse and filter in place with append
// and copy; a stack and a queue on slices; 2-D slices of differing lengths.
package main

import "fmt"

func remove(s []int, i int) []int { return append(s[:i], s[i+1:]...) }

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func main() {
	s := []int{0, 1, 2, 3, 4}
	s = remove(s, 2)
	fmt.Println(s, len(s))
	s = insert(s, 1, 10)
	fmt.Println(s)
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
	evens := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens, s)
	var stack []string
	for _, w := range []string{"a", "b", "c"} {
		stack = append(stack, w)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top)
	}
	fmt.Println()
	queue := []int{1, 2, 3}
	queue = append(queue[1:], 4)
	fmt.Println(queue)
	tri := make([][]int, 4)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
}
