// utf8: the declarations of conclab's Go library package "unicode/utf8".
// Decoding is C (vm_lib_text.c); the rest is Go.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneCountInString(s string) int
func RuneCount(p []byte) int
func DecodeRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func DecodeLastRune(p []byte) (rune, int)
func ValidString(s string) bool
func Valid(p []byte) bool
func EncodeRune(p []byte, r rune) int

func ValidRune(r rune) bool {
	return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MaxRune)
}

// RuneLen: the bytes r takes in UTF-8, -1 when it is not a valid rune.
func RuneLen(r rune) int {
	switch {
	case !ValidRune(r):
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case r < 0x10000:
		return 3
	}
	return 4
}

func AppendRune(p []byte, r rune) []byte {
	var b [UTFMax]byte
	n := EncodeRune(b[:], r)
	return append(p, b[:n]...)
}

// RuneStart: whether b can begin a rune (is not a continuation byte).
func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// FullRuneInString: whether s begins with a whole rune or an invalid
// sequence (rather than the start of a longer one).
func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	_, w := DecodeRuneInString(s)
	if w > 1 {
		return true
	}
	c := s[0]
	need := 1
	switch {
	case c >= 0xF0 && c < 0xF5:
		need = 4
	case c >= 0xE0 && c < 0xF0:
		need = 3
	case c >= 0xC2 && c < 0xE0:
		need = 2
	}
	if len(s) >= need {
		return true
	}
	for i := 1; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			return true
		}
	}
	return false
}

func FullRune(p []byte) bool { return FullRuneInString(string(p)) }
