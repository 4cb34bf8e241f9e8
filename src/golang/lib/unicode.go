// unicode: the declarations of conclab's Go library package "unicode".
// The classes and case mappings are C (vm_lib_text.c) and cover the
// common scripts, not every Unicode table; there are no RangeTables.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsControl(r rune) bool
func IsPrint(r rune) bool
func IsGraphic(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune

// IsTitle: conclab knows no title-case letters (Lt: ǅ, ǈ, ...).
func IsTitle(r rune) bool { return false }
