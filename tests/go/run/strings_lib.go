// strings_lib.go: the strings functions conclab's library writes in Go
// (LastIndex, Index{Byte,Rune,Any,Func}, SplitN/SplitAfter, Fields and
// Trim variants, Cut, Compare, EqualFold, Title, Map, ToTitle,
// NewReplacer) and Builder.Grow/Cap, with empty and non-ASCII inputs.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("x", ""), strings.LastIndex("", "a"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.IndexByte("abc", 'c'), strings.IndexRune("aé", 'é'), strings.IndexRune("abc", 'z'), strings.IndexAny("golang", "ny"), strings.IndexAny("", "a"), strings.LastIndexAny("golang", "go"))
	fmt.Println(strings.IndexFunc("ab1", unicode.IsDigit), strings.LastIndexFunc("1ab", unicode.IsDigit), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"), strings.ContainsAny("", ""))
	fmt.Printf("%q %q %q %q\n", strings.SplitN("a:b:c", ":", 2), strings.SplitN("a:b:c", ":", 0), strings.SplitN("a:b:c", ":", -1), strings.SplitN("abc", "", 2))
	fmt.Printf("%q %q %q\n", strings.SplitAfter("a,b,c", ","), strings.SplitAfterN("a,b,c", ",", 2), strings.SplitN("", ",", 3))
	fmt.Printf("%q\n", strings.FieldsFunc("  a1b22c  ", unicode.IsDigit))
	fmt.Printf("[%s][%s][%s][%s]\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhi", "x"), strings.TrimRight("hixx", "x"), strings.Trim("¡¡hi!!", "!¡"))
	fmt.Printf("[%s][%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimLeftFunc("  x ", unicode.IsSpace))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Ünï", "üNÏ"), strings.EqualFold("a", "ab"))
	fmt.Println(strings.Title("go lang_x o'neil émile-zola"), strings.ToTitle("héllo"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana é"))
	before, after, found := strings.Cut("k=v=w", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("kv", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.NewReplacer("a", "1", "aa", "2").Replace("aaa"), strings.NewReplacer("aa", "2", "a", "1").Replace("aaa"))
	var b strings.Builder
	b.Grow(10)
	fmt.Println(b.Cap() >= 10, b.Len())
	b.WriteString("hello")
	b.Grow(100)
	fmt.Println(b.Cap() >= 105, b.String())
	fmt.Println(strings.ToUpper("héllo wörld ß àéî"), strings.ToLower("ΑΒΓ ПРИВЕТ Ÿ"))
	fmt.Printf("%q %q\n", strings.Fields(" a\u00a0b\u3000c\u2003d\u0085e "), strings.TrimSpace("\u00a0 x \u3000"))
}
