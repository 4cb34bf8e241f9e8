// slice_3index.go: full slice expressions s[lo:hi:max] limit capacity so a
// later append copies instead of overwriting the original.
package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := s[2:4]
	b := s[2:4:4]
	fmt.Println(a, len(a), cap(a), b, len(b), cap(b))
	a = append(a, 100)
	b = append(b, 200)
	fmt.Println(s, a, b)
	c := s[:0:0]
	c = append(c, 42)
	fmt.Println(c, s[0])
	arr := [6]string{"a", "b", "c", "d", "e", "f"}
	d := arr[1:3:5]
	fmt.Println(d, len(d), cap(d), d[:cap(d)])
	e := d[1:2:3]
	fmt.Println(e, cap(e))
	str := "hello"
	fmt.Println(str[1:3], str[:0] == "", str[5:])
}
