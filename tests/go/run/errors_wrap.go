// errors_wrap.go: fmt.Errorf with %w builds chains; errors.Is, errors.As
// and errors.Unwrap walk them; %v of wrapped errors; a custom Unwrap.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Query string
	Err   error
}

func (e *QueryErr) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryErr) Unwrap() error { return e.Err }

func find(q string) error {
	return &QueryErr{q, ErrNotFound}
}

func main() {
	err := fmt.Errorf("handler: %w", fmt.Errorf("service: %w", find("users")))
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, errors.New("not found")))
	var qe *QueryErr
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query)
	}
	e := err
	for e != nil {
		fmt.Printf("%T: %v\n", e, e)
		e = errors.Unwrap(e)
	}
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain) == nil)
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound), errors.Unwrap(ErrNotFound))
	w := fmt.Errorf("%w", ErrNotFound)
	fmt.Println(w, w == ErrNotFound, errors.Unwrap(w) == ErrNotFound)
}
