// basic_test.go: go test -v's output for passing, failing, skipped and
// fatal tests, nested subtests (results indented under their parents,
// === CONT when a parent logs again), t.Helper's call site, Cleanup's
// order, Name and Failed.
package basic

import "testing"

func check(t *testing.T, x int) {
	t.Helper()
	if x > 1 {
		t.Errorf("x too big: %d", x)
	}
}

func TestHelperAndCleanup(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1") })
	t.Cleanup(func() { t.Log("cleanup 2") })
	check(t, 2)
	check(t, 1)
	t.Log("name:", t.Name(), t.Failed())
}

func TestSkip(t *testing.T) {
	t.Skip("not today")
	t.Log("unreached")
}

func TestSubtests(t *testing.T) {
	t.Run("one", func(t *testing.T) {
		t.Run("deep", func(t *testing.T) { t.Log("deep log") })
		t.Fatalf("fatal %s", "here")
		t.Log("unreached")
	})
	t.Run("two words", func(t *testing.T) {})
	t.Log("back in the parent")
}

func TestPass(t *testing.T) {
	t.Logf("%d + %d = %d", 2, 2, 4)
}

func TestMultiline(t *testing.T) {
	t.Error("first line\nsecond line")
}
