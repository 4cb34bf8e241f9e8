// errors: the declarations of conclab's Go library package "errors".
// Functions without bodies are implemented in C by the interpreter.
package errors
func New(text string) error
func Is(err, target error) bool
func As(err error, target any) bool
func Unwrap(err error) error
