// errorf_bad_w.go: fmt.Errorf's %w with a nil or non-error operand prints
// the %!w(...) form (and wraps nothing).
package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := fmt.Errorf("nil: %w", nil)
	e2 := fmt.Errorf("not error: %w", "str")
	fmt.Println(e1, errors.Unwrap(e1) == nil)
	fmt.Println(e2, errors.Unwrap(e2) == nil)
}
