// strconv: the declarations of conclab's Go library package "strconv".
// Functions without bodies are implemented in C by the interpreter
// (vm_lib_text.c: number parsing, Quote); the errors, the formatting
// and unquoting are Go.
package strconv

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// A NumError records a failed conversion.
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

var ErrRange = errors.New("value out of range")
var ErrSyntax = errors.New("invalid syntax")

const IntSize = 64

func Itoa(i int) string
func FormatInt(i int64, base int) string
func Quote(s string) string
func IsPrint(r rune) bool

// parseInt and parseFloat return a status: 0 ok, 1 syntax, 2 range,
// 3 a bad base, 4 a bad bit size.
func parseInt(s string, base, bitSize int, unsigned bool) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)

func numError(fn, s string, status, base, bitSize int) error {
	err := ErrSyntax
	switch status {
	case 2:
		err = ErrRange
	case 3:
		err = errors.New("invalid base " + Itoa(base))
	case 4:
		err = errors.New("invalid bit size " + Itoa(bitSize))
	}
	return &NumError{fn, s, err}
}

func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	v, status := parseInt(s, base, bitSize, false)
	if status != 0 {
		return int64(v), numError("ParseInt", s, status, base, bitSize)
	}
	return int64(v), nil
}

func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, status := parseInt(s, base, bitSize, true)
	if status != 0 {
		return v, numError("ParseUint", s, status, base, bitSize)
	}
	return v, nil
}

func Atoi(s string) (int, error) {
	v, status := parseInt(s, 10, 0, false)
	if status != 0 {
		return int(v), numError("Atoi", s, status, 10, 0)
	}
	return int(v), nil
}

func ParseFloat(s string, bitSize int) (float64, error) {
	f, status := parseFloat(s, bitSize)
	if status != 0 {
		return f, numError("ParseFloat", s, status, 10, bitSize)
	}
	return f, nil
}

func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

func FormatBool(b bool) string {
	if b {
		return "true"
	}
	return "false"
}

func FormatUint(i uint64, base int) string {
	if base < 2 || base > 36 {
		panic("strconv: illegal AppendInt/FormatInt base")
	}
	var b [64]byte
	n := len(b)
	for {
		n--
		b[n] = "0123456789abcdefghijklmnopqrstuvwxyz"[i%uint64(base)]
		i /= uint64(base)
		if i == 0 {
			break
		}
	}
	return string(b[n:])
}

// FormatFloat through fmt's float formatting; precision -1 asks for the
// fewest digits that read back as f.
func FormatFloat(f float64, fmtc byte, prec, bitSize int) string {
	if bitSize == 32 {
		f = float64(float32(f))
	}
	if prec < 0 && (fmtc == 'e' || fmtc == 'E' || fmtc == 'f') {
		if f != f || f-f != 0 { // NaN, ±Inf
			return fmt.Sprint(f)
		}
		p := 0
		for ; p < 17; p++ {
			back, _ := ParseFloat(fmt.Sprintf("%."+Itoa(p)+"e", f), bitSize)
			if back == f || bitSize == 32 && float32(back) == float32(f) {
				break
			}
		}
		if fmtc == 'f' {
			e := fmt.Sprintf("%.0e", f)
			exp, _ := Atoi(e[indexByte(e, 'e')+1:])
			if p -= exp; p < 0 {
				p = 0
			}
		}
		return fmt.Sprintf("%."+Itoa(p)+string(rune(fmtc)), f)
	}
	if prec < 0 {
		if bitSize == 32 {
			return fmt.Sprintf("%"+string(rune(fmtc)), float32(f))
		}
		return fmt.Sprintf("%"+string(rune(fmtc)), f)
	}
	return fmt.Sprintf("%."+Itoa(prec)+string(rune(fmtc)), f)
}

// indexByte: the first index of c in s, or -1 (strconv does not
// import strings).
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func QuoteRune(r rune) string           { return fmt.Sprintf("%q", r) }
func QuoteToASCII(s string) string      { return fmt.Sprintf("%+q", s) }
func QuoteRuneToASCII(r rune) string    { return fmt.Sprintf("%+q", r) }
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, []byte(FormatInt(i, base))...)
}
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, []byte(FormatUint(i, base))...)
}
func AppendQuote(dst []byte, s string) []byte { return append(dst, []byte(Quote(s))...) }
func AppendBool(dst []byte, b bool) []byte    { return append(dst, []byte(FormatBool(b))...) }
func AppendFloat(dst []byte, f float64, fmtc byte, prec, bitSize int) []byte {
	return append(dst, []byte(FormatFloat(f, fmtc, prec, bitSize))...)
}

// UnquoteChar decodes the first character or escape of s, a literal
// quoted by quote.
func UnquoteChar(s string, quote byte) (value rune, multibyte bool, tail string, err error) {
	if len(s) == 0 {
		return 0, false, "", ErrSyntax
	}
	c := s[0]
	if c == quote && (quote == '\'' || quote == '"') {
		return 0, false, "", ErrSyntax
	}
	if c >= utf8.RuneSelf {
		r, w := utf8.DecodeRuneInString(s)
		return r, true, s[w:], nil
	}
	if c != '\\' {
		return rune(c), false, s[1:], nil
	}
	if len(s) < 2 {
		return 0, false, "", ErrSyntax
	}
	c = s[1]
	s = s[2:]
	switch c {
	case 'a':
		return '\a', false, s, nil
	case 'b':
		return '\b', false, s, nil
	case 'f':
		return '\f', false, s, nil
	case 'n':
		return '\n', false, s, nil
	case 'r':
		return '\r', false, s, nil
	case 't':
		return '\t', false, s, nil
	case 'v':
		return '\v', false, s, nil
	case '\\':
		return '\\', false, s, nil
	case '\'', '"':
		if c != quote {
			return 0, false, "", ErrSyntax
		}
		return rune(c), false, s, nil
	case 'x', 'u', 'U':
		n := 2
		if c == 'u' {
			n = 4
		} else if c == 'U' {
			n = 8
		}
		if len(s) < n {
			return 0, false, "", ErrSyntax
		}
		v, status := parseInt(s[:n], 16, 64, true)
		if status != 0 || s[0] == '_' || s[0] == '+' {
			return 0, false, "", ErrSyntax
		}
		if c == 'x' {
			return rune(v), false, s[n:], nil
		}
		if !utf8.ValidRune(rune(v)) {
			return 0, false, "", ErrSyntax
		}
		return rune(v), true, s[n:], nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		if len(s) < 2 {
			return 0, false, "", ErrSyntax
		}
		v := rune(c - '0')
		for i := 0; i < 2; i++ {
			d := s[i]
			if d < '0' || d > '7' {
				return 0, false, "", ErrSyntax
			}
			v = v*8 + rune(d-'0')
		}
		if v > 255 {
			return 0, false, "", ErrSyntax
		}
		return v, false, s[2:], nil
	}
	return 0, false, "", ErrSyntax
}

// Unquote: the string a Go literal in double quotes, back quotes or
// single quotes stands for.
func Unquote(s string) (string, error) {
	n := len(s)
	if n < 2 || s[0] != s[n-1] {
		return "", ErrSyntax
	}
	q := s[0]
	body := s[1 : n-1]
	switch q {
	case '`':
		if indexByte(body, '`') >= 0 {
			return "", ErrSyntax
		}
		b := make([]byte, 0, len(body))
		for i := 0; i < len(body); i++ {
			if body[i] != '\r' {
				b = append(b, body[i])
			}
		}
		return string(b), nil
	case '"', '\'':
	default:
		return "", ErrSyntax
	}
	if indexByte(body, '\n') >= 0 {
		return "", ErrSyntax
	}
	var b []byte
	runes := 0
	for len(body) > 0 {
		r, multibyte, tail, err := UnquoteChar(body, q)
		if err != nil {
			return "", err
		}
		body = tail
		if r < utf8.RuneSelf || !multibyte {
			b = append(b, byte(r))
		} else {
			b = utf8.AppendRune(b, r)
		}
		runes++
	}
	if q == '\'' && runes != 1 {
		return "", ErrSyntax
	}
	return string(b), nil
}
