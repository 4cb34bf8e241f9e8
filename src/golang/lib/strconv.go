// strconv: the declarations of conclab's Go library package "strconv".
// Functions without bodies are implemented in C by the interpreter.
package strconv
type NumError struct {
	Func string
	Num  string
	Err  error
}
func (e *NumError) Error() string
func (e *NumError) Unwrap() error
var ErrRange error
var ErrSyntax error
const IntSize = 64
func Itoa(i int) string
func Atoi(s string) (int, error)
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string
func FormatFloat(f float64, fmt byte, prec, bitSize int) string
func FormatBool(b bool) string
func ParseInt(s string, base int, bitSize int) (i int64, err error)
func ParseUint(s string, base int, bitSize int) (uint64, error)
func ParseFloat(s string, bitSize int) (float64, error)
func ParseBool(str string) (bool, error)
func Quote(s string) string
func QuoteRune(r rune) string
func Unquote(s string) (string, error)
