// iota_forms.go: iota with skipped values, expressions, several names on
// one line, typed flags with a String method, and iota restarting.
package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	_
	Admin
)

func (p Perm) String() string {
	var parts []string
	names := []string{"r", "w", "x", "?", "A"}
	for i, n := range names {
		if p&(1<<uint(i)) != 0 {
			parts = append(parts, n)
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, "")
}

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

const (
	x0 = iota * iota
	x1
	x2 = "str"
	x3
	x4 = iota + 100
	x5
)

type Size float64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func main() {
	fmt.Println(Read, Write, Exec, Admin, Read|Exec, Perm(0), uint8(Admin))
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3, x4, x5)
	fmt.Println(KB, MB, GB/MB)
	fmt.Printf("%v %d %T\n", Write|Admin, Write|Admin, Exec)
}
