// os: the declarations of conclab's Go library package "os".
// Functions without bodies are implemented in C by the interpreter.
package os

type File struct{ fd int }

func (f *File) Write(b []byte) (n int, err error) { return write(f.fd, b), nil }
func (f *File) WriteString(s string) (n int, err error) { return write(f.fd, []byte(s)), nil }

// write puts b on the program's standard output (fd 1) or error (2).
func write(fd int, b []byte) int

// args is the program's name and arguments.
func args() []string

var Args = args()

var (
	Stdin  = &File{0}
	Stdout = &File{1}
	Stderr = &File{2}
)

func Exit(code int)
func Getenv(key string) string
