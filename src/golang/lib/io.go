// io: the declarations of conclab's Go library package "io".
// Functions without bodies are implemented in C by the interpreter.
package io
type Writer interface { Write(p []byte) (n int, err error) }
type Reader interface { Read(p []byte) (n int, err error) }
type StringWriter interface { WriteString(s string) (n int, err error) }
var EOF error
var Discard Writer
