package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	for i := 0; i < 10; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s, len(s), cap(s))
	t := s[2:5]
	t[0] = 100
	fmt.Println(s[2], t, len(t), cap(t))
	u := s[1:3:4]
	fmt.Println(u, len(u), cap(u))
	m := make([]string, 3, 10)
	m[1] = "x"
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	c := make([]int, 2)
	n := copy(c, s)
	fmt.Println(n, c)
	s = append(s[:1], s[5:]...)
	fmt.Println(s)
	arr := [5]int{1, 2, 3}
	arr[4] = 9
	p := arr[1:4]
	p[0] = 20
	fmt.Println(arr, len(arr), p)
	grid := [][]int{{1, 2}, {3, 4}}
	grid[1][0] = 30
	fmt.Println(grid)
	bs := []byte{1, 2, 3}
	fmt.Println(bs, append(bs, 4))
}
