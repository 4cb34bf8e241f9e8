// strings_transform.go: Replace with counts (incl. an empty old string),
// ReplaceAll, Repeat, ASCII case mapping, TrimSpace/TrimPrefix.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("[%s][%s]\n", strings.TrimSpace("  \t hi \n"), strings.TrimSpace("\r\n x y \t"))
	fmt.Printf("[%s][%s][%s]\n", strings.TrimPrefix("hello", "hex"), strings.TrimPrefix("hello", "he"), strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Println(strings.Replace("aaaa", "a", "b", -1), strings.Replace("aaaa", "a", "b", 0), strings.Replace("aaaa", "aa", "c", 1))
	fmt.Println(strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2), strings.ReplaceAll("banana", "na", "NA"), strings.ReplaceAll("", "", "x"))
	fmt.Printf("[%s][%s]\n", strings.Repeat("-", 0), strings.Repeat("=+", 4))
	fmt.Println(strings.ToUpper("hello, world 42"), strings.ToLower("ABC Go!"), strings.ToUpper(""), strings.ToUpper("x\ty"))
	w := "gopher"
	fmt.Println(strings.ToUpper(w[:1]) + w[1:])
	fmt.Println(strings.ToUpper(strings.Repeat("ab", 2)) + strings.ToLower("CD"))
}
