// crash_array_index.go: indexing a fixed-size array inside a struct with a
// run-time index past its length crashes with Go's message.
package main

import "fmt"

type Ring struct {
	buf [4]int
	pos int
}

func (r *Ring) Put(v int) int {
	r.buf[r.pos] = v
	r.pos++
	return r.pos
}

func main() {
	var r Ring
	for i := 0; i < 6; i++ {
		fmt.Println("put", i, "next", r.Put(i))
	}
}
