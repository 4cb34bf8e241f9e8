// panic_test.go: a test that panics fails, the tests before it report,
// and the run ends with Go's [recovered] panic and its stack.
package p

import "testing"

func TestFirst(t *testing.T) {}

func TestPanics(t *testing.T) {
	var m map[string]int
	m["a"] = 1
}

func TestNeverRuns(t *testing.T) {}
