// slice_copy.go: copy returns the count it copied, handles overlap both
// ways, copies bytes of a string, and clones with append.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	fmt.Println(copy(dst, src), dst)
	big := make([]int, 8)
	fmt.Println(copy(big, src), big)
	s := []int{0, 1, 2, 3, 4, 5, 6}
	fmt.Println(copy(s[2:], s), s)
	s = []int{0, 1, 2, 3, 4, 5, 6}
	fmt.Println(copy(s, s[3:]), s)
	b := make([]byte, 4)
	n := copy(b, []byte("héllo"))
	fmt.Println(n, b, string(b))
	clone := append([]int(nil), src...)
	clone[0] = 100
	fmt.Println(src[0], clone[0], len(clone))
	var empty []int
	fmt.Println(copy(empty, src), copy(src, empty), src)
	grid := [][]int{{1, 2}, {3, 4}}
	shallow := make([][]int, 2)
	copy(shallow, grid)
	shallow[0][0] = -1
	shallow[1] = []int{9}
	fmt.Println(grid, shallow)
}
