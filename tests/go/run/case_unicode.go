// case_unicode.go: strings.ToUpper/ToLower map every letter with a case,
// not only ASCII (é -> É, Ä -> ä, Greek, Cyrillic); ß has no upper form.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("ÀÉÎ GO"), strings.ToLower("ΑΒΓ"), strings.ToUpper("привет"))
}
