// crash_error_value.go: panicking with an error value: Go prints its
// Error() text; with a recovered-and-repanicked value it prints that.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred runs")
	err := fmt.Errorf("load config: %w", errors.New("file missing"))
	panic(err)
}
