// func_iface.go: a function type with a method implementing an interface
// (the HandlerFunc pattern), middleware wrapping, and a map of handlers.
package main

import (
	"fmt"
	"strings"
)

type Handler interface{ Handle(req string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(req string) string { return f(req) }

func logging(prefix string, next Handler) Handler {
	return HandlerFunc(func(req string) string {
		return prefix + "(" + next.Handle(req) + ")"
	})
}

func main() {
	var h Handler = HandlerFunc(strings.ToUpper)
	fmt.Println(h.Handle("req"))
	h = logging("a", logging("b", h))
	fmt.Println(h.Handle("x"))
	handlers := map[string]Handler{
		"echo": HandlerFunc(func(s string) string { return s }),
		"rev": HandlerFunc(func(s string) string {
			r := []rune(s)
			for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
				r[i], r[j] = r[j], r[i]
			}
			return string(r)
		}),
	}
	for _, k := range []string{"echo", "rev"} {
		fmt.Println(k, handlers[k].Handle("abc"))
	}
}
