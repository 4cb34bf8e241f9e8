// strings_missing.go: strings functions conclab once declared without an
// implementation: LastIndex, IndexByte/Rune/Any, ContainsRune/Any, SplitN,
// Trim/TrimLeft/TrimRight, Compare, EqualFold, Title, Cut, Builder.Grow/Cap.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.IndexByte("abc", 'c'), strings.IndexRune("aé", 'é'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"), strings.SplitN("a:b:c", ":", 2))
	fmt.Printf("[%s][%s][%s]\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhi", "x"), strings.TrimRight("hixx", "x"))
	fmt.Println(strings.Compare("a", "b"), strings.EqualFold("Go", "GO"), strings.Title("go lang"))
	before, after, found := strings.Cut("k=v", "=")
	fmt.Println(before, after, found)
	var b strings.Builder
	b.Grow(10)
	fmt.Println(b.Cap() >= 10)
}
