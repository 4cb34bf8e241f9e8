// sort_lib.go: sort.Interface (Sort, Stable, IsSorted, Reverse) on slice
// and struct types, IntSlice/StringSlice/Float64Slice, Search, Find,
// SearchStrings, SearchFloat64s and the *AreSorted checks.
package main

import (
	"fmt"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type item struct{ key, seq int }

type items struct{ v []item }

func (s *items) Len() int           { return len(s.v) }
func (s *items) Less(i, j int) bool { return s.v[i].key < s.v[j].key }
func (s *items) Swap(i, j int)      { s.v[i], s.v[j] = s.v[j], s.v[i] }

func main() {
	w := byLen{"ccc", "a", "bb", "dddd"}
	sort.Sort(w)
	fmt.Println(w, sort.IsSorted(w))
	sort.Sort(sort.Reverse(w))
	fmt.Println(w, sort.IsSorted(w), sort.IsSorted(sort.Reverse(w)))

	s := &items{}
	for i := 0; i < 200; i++ {
		s.v = append(s.v, item{(i * 37) % 7, i})
	}
	sort.Stable(s)
	ok := sort.IsSorted(s)
	for i := 1; i < len(s.v); i++ {
		if s.v[i-1].key == s.v[i].key && s.v[i-1].seq > s.v[i].seq {
			ok = false
		}
	}
	fmt.Println("stable:", ok, s.v[:5], s.v[195:])

	xs := make([]int, 100)
	for i := range xs {
		xs[i] = (i * 7919) % 101
	}
	sort.Sort(sort.IntSlice(xs))
	fmt.Println(xs[:10], sort.IntsAreSorted(xs))
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs[:10], sort.IntsAreSorted(xs))
	sort.Stable(sort.IntSlice(xs))
	fmt.Println(xs[:5], sort.SliceIsSorted(xs, func(i, j int) bool { return xs[i] < xs[j] }))

	ss := sort.StringSlice{"pear", "apple", "fig"}
	ss.Sort()
	fmt.Println(ss, ss.Search("fig"), ss.Search("grape"), sort.SearchStrings(ss, "zz"), sort.StringsAreSorted(ss))
	fs := sort.Float64Slice{2.5, -1, 3}
	sort.Sort(fs)
	fmt.Println(fs, fs.Search(2.5), sort.SearchFloat64s(fs, 0), sort.Float64sAreSorted(fs))
	is := sort.IntSlice{5, 2, 9}
	is.Sort()
	fmt.Println(is, is.Search(9), is.Len())

	a := []int{1, 3, 5, 7, 9}
	fmt.Println(sort.Search(len(a), func(i int) bool { return a[i] >= 6 }), sort.Search(0, func(int) bool { return true }))
	i, found := sort.Find(len(a), func(i int) int { return 7 - a[i] })
	fmt.Println(i, found)
	i, found = sort.Find(len(a), func(i int) int { return 4 - a[i] })
	fmt.Println(i, found)
}
