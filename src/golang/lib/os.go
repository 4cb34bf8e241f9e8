// os: the declarations of conclab's Go library package "os".
// Functions without bodies are implemented in C by the interpreter.
package os
type File struct { fd int }
func (f *File) Write(b []byte) (n int, err error)
func (f *File) WriteString(s string) (n int, err error)
var Args []string
var Stdin, Stdout, Stderr *File
func Exit(code int)
func Getenv(key string) string
