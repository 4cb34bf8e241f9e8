// strings: the declarations of conclab's Go library package "strings".
// Functions without bodies are implemented in C by the interpreter
// (vm_lib_text.c); the others are Go, compiled with the program.
package strings

import (
	"unicode"
	"unicode/utf8"
)
type Builder struct { buf []byte }
func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)
func Contains(s, substr string) bool
func Count(s, substr string) int
func Fields(s string) []string
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Split(s, sep string) []string
func ToLower(s string) string
func ToUpper(s string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func TrimSpace(s string) string

func LastIndex(s, substr string) int {
	for i := len(s) - len(substr); i >= 0; i-- {
		if s[i:i+len(substr)] == substr {
			return i
		}
	}
	return -1
}

func IndexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func IndexRune(s string, r rune) int {
	return IndexFunc(s, func(c rune) bool { return c == r })
}

func IndexAny(s, chars string) int {
	return IndexFunc(s, func(c rune) bool { return IndexRune(chars, c) >= 0 })
}

func LastIndexAny(s, chars string) int {
	return LastIndexFunc(s, func(c rune) bool { return IndexRune(chars, c) >= 0 })
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, c := range s {
		if f(c) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		c, w := utf8.DecodeLastRuneInString(s[:i])
		i -= w
		if f(c) {
			return i
		}
	}
	return -1
}

func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

// split: s cut around sep into at most n pieces (n < 0: all), each
// keeping keep bytes of the separator (SplitAfter's).
func split(s, sep string, keep, n int) []string {
	if n == 0 {
		return nil
	}
	out := []string{}
	if sep == "" {
		for len(s) > 0 && (n < 0 || len(out) < n-1) {
			_, w := utf8.DecodeRuneInString(s)
			out = append(out, s[:w])
			s = s[w:]
		}
		if len(s) > 0 {
			out = append(out, s)
		}
		return out
	}
	for n < 0 || len(out) < n-1 {
		i := Index(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[:i+keep])
		s = s[i+len(sep):]
	}
	return append(out, s)
}

func SplitN(s, sep string, n int) []string { return split(s, sep, 0, n) }

func SplitAfter(s, sep string) []string { return split(s, sep, len(sep), -1) }

func SplitAfterN(s, sep string, n int) []string { return split(s, sep, len(sep), n) }

func FieldsFunc(s string, f func(rune) bool) []string {
	var out []string
	start := -1
	for i, c := range s {
		if f(c) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func TrimLeftFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		c, w := utf8.DecodeRuneInString(s)
		if !f(c) {
			break
		}
		s = s[w:]
	}
	return s
}

func TrimRightFunc(s string, f func(rune) bool) string {
	for len(s) > 0 {
		c, w := utf8.DecodeLastRuneInString(s)
		if !f(c) {
			break
		}
		s = s[:len(s)-w]
	}
	return s
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func TrimLeft(s, cutset string) string {
	return TrimLeftFunc(s, func(c rune) bool { return IndexRune(cutset, c) >= 0 })
}

func TrimRight(s, cutset string) string {
	return TrimRightFunc(s, func(c rune) bool { return IndexRune(cutset, c) >= 0 })
}

func Trim(s, cutset string) string { return TrimRight(TrimLeft(s, cutset), cutset) }

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

// EqualFold: equal under simple case folding (by the upper and lower
// case of each rune).
func EqualFold(s, t string) bool {
	for s != "" && t != "" {
		a, n := utf8.DecodeRuneInString(s)
		b, m := utf8.DecodeRuneInString(t)
		s, t = s[n:], t[m:]
		if a != b && unicode.ToLower(a) != unicode.ToLower(b) && unicode.ToUpper(a) != unicode.ToUpper(b) {
			return false
		}
	}
	return s == t
}

// Map: each rune of s through mapping; a negative result drops the rune.
func Map(mapping func(rune) rune, s string) string {
	b := make([]byte, 0, len(s))
	for _, c := range s {
		if r := mapping(c); r >= 0 {
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

func ToTitle(s string) string { return Map(unicode.ToTitle, s) }

// Title: the first letter of each word in title case; words are
// separated by spaces, and by ASCII runes other than letters, digits
// and '_'.
func Title(s string) string {
	prev := ' '
	return Map(func(r rune) rune {
		sep := unicode.IsSpace(prev)
		if prev < utf8.RuneSelf {
			sep = !(prev == '_' || prev >= '0' && prev <= '9' || prev >= 'a' && prev <= 'z' || prev >= 'A' && prev <= 'Z')
		}
		prev = r
		if sep {
			return unicode.ToTitle(r)
		}
		return r
	}, s)
}

// A Replacer replaces old strings by new ones, trying the pairs in
// argument order at each position of the text.
type Replacer struct {
	oldnew []string
}

func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

func (r *Replacer) Replace(s string) string {
	var b Builder
	for i := 0; i <= len(s); {
		hit := false
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if HasPrefix(s[i:], old) {
				b.WriteString(r.oldnew[k+1])
				if old == "" {
					break
				}
				i += len(old)
				hit = true
				break
			}
		}
		if !hit {
			if i == len(s) {
				break
			}
			_, w := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+w])
			i += w
		}
	}
	return b.String()
}
