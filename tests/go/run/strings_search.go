// strings_search.go: strings.Index, Contains, Count, HasPrefix/HasSuffix
// and Split/Fields on edge cases: empty needles, empty input, non-ASCII.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "chicken kitchen é€"
	fmt.Println(strings.Index(s, "ken"), strings.Index(s, "€"), strings.Index(s, "xyz"), strings.Index(s, ""), strings.Index("", "a"))
	fmt.Println(strings.Contains(s, "kit"), strings.Contains(s, ""), strings.Contains("", ""), strings.Contains(s, "é€"))
	fmt.Println(strings.Count(s, "en"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("héé", ""))
	fmt.Println(strings.HasPrefix(s, "chick"), strings.HasPrefix(s, ""), strings.HasSuffix(s, "€"), strings.HasSuffix(s, "e"), strings.HasPrefix("a", "ab"))
	fmt.Printf("%q %q %q\n", strings.Split("a:b:c:d", ":"), strings.Split("abc", ""), strings.Split("héllo", ""))
	fmt.Printf("%q %q %q %q\n", strings.Split("", ","), strings.Split(",", ","), strings.Fields(" \t\n "), strings.Fields("\ta\vb\n c\r\fd "))
	fmt.Println(len(strings.Split("x--y--", "--")), strings.Join(nil, ","), strings.Join([]string{"solo"}, ","))
}
