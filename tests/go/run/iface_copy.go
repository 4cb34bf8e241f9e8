// iface_copy.go: storing a struct in an interface copies it; later changes
// to the variable are not seen, while a stored pointer sees them; arrays
// in interfaces compare by value.
package main

import "fmt"

type P struct{ X int }

func (p P) Get() int { return p.X }

type Getter interface{ Get() int }

func main() {
	p := P{1}
	var byVal Getter = p
	var byPtr Getter = &p
	var any interface{} = p
	p.X = 2
	fmt.Println(byVal.Get(), byPtr.Get(), any.(P).X)
	arr := [3]int{1, 2, 3}
	var ai interface{} = arr
	arr[0] = 100
	fmt.Println(ai, ai == interface{}([3]int{1, 2, 3}), ai.([3]int)[0])
	s := []int{1, 2}
	var si interface{} = s
	s[0] = 50
	fmt.Println(si)
	m := map[string]P{"a": {1}}
	v := m["a"]
	v.X = 9
	fmt.Println(m["a"].X, v.X)
	items := []interface{}{P{5}, &P{6}}
	for _, it := range items {
		switch v := it.(type) {
		case P:
			v.X = 0
		case *P:
			v.X = 0
		}
	}
	fmt.Println(items[0], *items[1].(*P))
}
