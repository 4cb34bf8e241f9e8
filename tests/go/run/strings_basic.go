package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[0:1], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	b := []byte("abc")
	b[0] = 'z'
	fmt.Println(string(b), []rune("añb"), string([]rune{20320, 22909}))
	t := "a" + "b"
	t += "c"
	fmt.Println(t, t == "abc", t < "abd", t > "ab")
	fmt.Printf("%q %v %s %x %X %5s|%-5s|%.2s\n", "hi\n", "v", "s", "hi", "hi", "ab", "ab", "hello")
	fmt.Printf("%c %U %q\n", 'A', 'é', 'x')
}
