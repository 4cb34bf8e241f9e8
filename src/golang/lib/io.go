// io: conclab's Go library package "io" (the interfaces, EOF, Discard).
package io

import "errors"

type Writer interface {
	Write(p []byte) (n int, err error)
}
type Reader interface {
	Read(p []byte) (n int, err error)
}
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

var EOF = errors.New("EOF")

type discard struct{}

func (discard) Write(p []byte) (int, error)        { return len(p), nil }
func (discard) WriteString(s string) (int, error) { return len(s), nil }

var Discard Writer = discard{}
