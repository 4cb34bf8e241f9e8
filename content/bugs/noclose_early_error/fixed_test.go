// Fixed kernel noclose_early_error: bug_test.go with the fix that its entry in
// content/bugs.json describes (`conclab bugs noclose_early_error --fix`).
package bugs

import (
	"context"
	"errors"
	"testing"
	"time"
)

var errDeadline = errors.New("deadline exceeded")

func readLines(ctx context.Context, lines []string, out chan<- string) error {
	defer close(out)
	for _, l := range lines {
		time.Sleep(time.Millisecond)
		select {
		case <-ctx.Done():
			return errDeadline
		default:
		}
		out <- l
	}
	return nil
}

func TestReadLines(t *testing.T) {
	out := make(chan string)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Millisecond)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- readLines(ctx, []string{"a", "b", "c"}, out) }()
	n := 0
	for range out {
		n++
	}
	err := <-errc
	if err == nil && n != 3 {
		t.Errorf("%d lines without an error, want 3", n)
	}
}
