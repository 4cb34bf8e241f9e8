// strconv_lib.go: strconv's parsing (ParseInt with base 0 prefixes and
// underscores, ParseUint, ParseFloat, ParseBool), its *NumError errors
// (errors.Is/As, ErrSyntax, ErrRange, bad base and bit size),
// formatting (FormatUint, FormatFloat, FormatBool, Append*) and Unquote.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"1_000.5", "0x_1p4", "1__0", "_1", "+NaN", "nan", "inf", "-Infinity", "0x1.8", "1e400", "1e-400", ".5", "5.", "0x.8p1", "1_e5", "0b101", "+inF", "", "1e", "-0", "3.4e39"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	for _, s := range []string{"0x_FF", "0_7", "00", "0", "-", "+5", "0x", "1_", "0b", "07_7", "0o_7", "9223372036854775808", "-9223372036854775809", "-9223372036854775808", "1x", "0B1", "-0b11", "1_000"} {
		i, err := strconv.ParseInt(s, 0, 64)
		fmt.Println(s, i, err)
	}
	fmt.Println(strconv.ParseInt("12", 1, 64))
	fmt.Println(strconv.ParseInt("12", 10, 65))
	fmt.Println(strconv.ParseInt("", 1, 65))
	fmt.Println(strconv.ParseInt("1_0", 10, 64))
	fmt.Println(strconv.ParseInt("zz", 36, 64))
	fmt.Println(strconv.ParseUint("-1", 10, 64))
	fmt.Println(strconv.ParseInt("300", 10, 8))
	fmt.Println(strconv.ParseInt("-129", 10, 8))
	fmt.Println(strconv.ParseUint("300", 10, 8))
	fmt.Println(strconv.ParseUint("18446744073709551615", 10, 64))
	fmt.Println(strconv.ParseUint("18446744073709551616", 10, 64))
	fmt.Println(strconv.Atoi(" 1"))
	fmt.Println(strconv.Atoi("99999999999999999999"))
	for _, s := range []string{"1", "t", "TRUE", "True", "0", "F", "false", "yes"} {
		fmt.Println(strconv.ParseBool(s))
	}

	_, err = strconv.Atoi("x1")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(errors.Is(err, strconv.ErrRange), errors.Unwrap(err) == strconv.ErrRange)
	fmt.Printf("%T %v\n", err, err)

	fmt.Println(strconv.FormatUint(255, 16), strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(0, 2), strconv.FormatBool(true))
	for _, x := range []float64{1234.5678, 0.1, 1e21, 1e-7, 100, -2.5, 123456789} {
		fmt.Println(strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(x, 'f', -1, 64), strconv.FormatFloat(x, 'e', -1, 64),
			strconv.FormatFloat(x, 'e', 3, 64), strconv.FormatFloat(x, 'g', -1, 64), strconv.FormatFloat(x, 'g', 4, 64), strconv.FormatFloat(x, 'E', -1, 32))
	}
	b := strconv.AppendInt([]byte("n="), -42, 10)
	b = strconv.AppendQuote(b, "q")
	b = strconv.AppendBool(b, false)
	fmt.Println(string(b))

	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\n'`, `"\u00e9\x41\101"`, `"bad`, `'ab'`, `"\q"`, `"it's"`, `'\''`, `"\""`, `"日本"`, `"\U0001F600"`, `"\xff"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	fmt.Println(strconv.QuoteRune('x'), strconv.QuoteRune('☺'), strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsPrint('\t'))
}
