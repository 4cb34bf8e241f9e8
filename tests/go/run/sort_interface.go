// sort_interface.go: sort.Sort, sort.Reverse, sort.Stable, sort.IsSorted on
// a sort.Interface, and sort.Search.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	w := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(w)
	fmt.Println(w, sort.IsSorted(w))
	sort.Sort(sort.Reverse(w))
	fmt.Println(w)
	s := byLen{"bb", "a", "cc", "d"}
	sort.Stable(s)
	fmt.Println(s)
	xs := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.Search(len(xs), func(i int) bool { return xs[i] >= 6 }))
}
