// sort: the declarations of conclab's Go library package "sort".
// Functions without bodies are implemented in C by the interpreter
// (vm_lib_text.c); sort.Interface's algorithms are Go. Sort is an
// insertion sort up to 12 elements (as Go's, so equal elements end in
// the same order) and a heap sort beyond; Stable is an insertion sort
// of blocks merged in place.
package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func SliceIsSorted(x any, less func(i, j int) bool) bool
func Ints(x []int)
func Strings(x []string)
func Float64s(x []float64)
func SearchInts(a []int, x int) int

func insertionSort(less func(i, j int) bool, swap func(i, j int), lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && less(j, j-1); j-- {
			swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap of [0, n) below root.
func siftDown(less func(i, j int) bool, swap func(i, j int), root, n int) {
	for {
		child := 2*root + 1
		if child >= n {
			return
		}
		if child+1 < n && less(child, child+1) {
			child++
		}
		if !less(root, child) {
			return
		}
		swap(root, child)
		root = child
	}
}

func Sort(data Interface) {
	n, less, swap := data.Len(), data.Less, data.Swap
	if n <= 12 {
		insertionSort(less, swap, 0, n)
		return
	}
	for i := n/2 - 1; i >= 0; i-- {
		siftDown(less, swap, i, n)
	}
	for i := n - 1; i > 0; i-- {
		swap(0, i)
		siftDown(less, swap, 0, i)
	}
}

// rotate turns [a, m) [m, b) into [m, b) [a, m) by three reversals.
func rotate(swap func(i, j int), a, m, b int) {
	reverseRange(swap, a, m)
	reverseRange(swap, m, b)
	reverseRange(swap, a, b)
}

func reverseRange(swap func(i, j int), i, j int) {
	for j--; i < j; i, j = i+1, j-1 {
		swap(i, j)
	}
}

// merge merges the sorted runs [lo, mid) and [mid, hi) in place, stably.
func merge(less func(i, j int) bool, swap func(i, j int), lo, mid, hi int) {
	if lo == mid || mid == hi {
		return
	}
	if hi-lo == 2 {
		if less(mid, lo) {
			swap(lo, mid)
		}
		return
	}
	var cut1, cut2 int
	if mid-lo > hi-mid {
		cut1 = lo + (mid-lo)/2
		cut2 = mid + Search(hi-mid, func(k int) bool { return !less(mid+k, cut1) })
	} else {
		cut2 = mid + (hi-mid)/2
		cut1 = lo + Search(mid-lo, func(k int) bool { return less(cut2, lo+k) })
	}
	rotate(swap, cut1, mid, cut2)
	m := cut1 + (cut2 - mid)
	merge(less, swap, lo, cut1, m)
	merge(less, swap, m, cut2, hi)
}

func Stable(data Interface) {
	n, less, swap := data.Len(), data.Less, data.Swap
	const block = 20
	for lo := 0; lo < n; lo += block {
		hi := lo + block
		if hi > n {
			hi = n
		}
		insertionSort(less, swap, lo, hi)
	}
	for size := block; size < n; size *= 2 {
		for lo := 0; lo+size < n; lo += 2 * size {
			hi := lo + 2*size
			if hi > n {
				hi = n
			}
			merge(less, swap, lo, lo+size, hi)
		}
	}
}

func IsSorted(data Interface) bool {
	less := data.Less
	for i := data.Len() - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	len  func() int
	less func(i, j int) bool
	swap func(i, j int)
}

func (r *reverse) Len() int           { return r.len() }
func (r *reverse) Less(i, j int) bool { return r.less(j, i) }
func (r *reverse) Swap(i, j int)      { r.swap(i, j) }

// Reverse: data in the opposite order.
func Reverse(data Interface) Interface { return &reverse{data.Len, data.Less, data.Swap} }

// Search: the smallest i in [0, n) for which f(i) is true (f false then
// true), or n.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if !f(mid) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// Find: the smallest i with cmp(i) <= 0, and whether cmp(i) == 0.
func Find(n int, cmp func(int) int) (i int, found bool) {
	i = Search(n, func(k int) bool { return cmp(k) <= 0 })
	return i, i < n && cmp(i) == 0
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Ints(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type StringSlice []string

func (x StringSlice) Len() int             { return len(x) }
func (x StringSlice) Less(i, j int) bool   { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()                { Strings(x) }
func (x StringSlice) Search(v string) int  { return SearchStrings(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Float64s(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }
