// runtime: the declarations of conclab's Go library package "runtime".
// Functions without bodies are implemented in C by the interpreter.
package runtime
const GOOS string = "linux"
const GOARCH string = "amd64"
const Compiler = "gc"
func Gosched()
func Goexit()
func GC()
func NumGoroutine() int
func NumCPU() int
func GOMAXPROCS(n int) int
func Version() string
