// fields_unicode_space.go: strings.Fields splits at every unicode.IsSpace
// rune, including U+00A0 (no-break space) and U+0085, not only ASCII space.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Fields("a\u00a0b\u0085c\u2003d e"))
	fmt.Printf("[%s]\n", strings.TrimSpace("\u00a0 x \u3000"))
}
