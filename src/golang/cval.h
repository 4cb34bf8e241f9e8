/* cval.h: the values of Go constants, exact as the Go spec asks: booleans,
 * strings, integers of any size (arbitrary-precision, sign and magnitude)
 * and floating-point constants held as exact fractions (so that
 * 0.1 + 0.2 == 0.3 holds for constants, as in Go), with the conversions
 * and printing the type checker needs (go/constant's behaviour). Values
 * are immutable and live in the arena they were made in; every operation
 * returns a new value. Out of memory longjmps through the arena. */
#ifndef CONCLAB_GOLANG_CVAL_H
#define CONCLAB_GOLANG_CVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "golang/arena.h"
#include "golang/lex.h"

/* An arbitrary-precision integer: sign and magnitude in 32-bit limbs,
 * least significant first, no leading zero limbs (zero has n == 0). */
typedef struct bigint {
    int sign;          /* -1, 0 or 1 */
    int n;             /* limbs used */
    uint32_t limb[];   /* magnitude */
} bigint;

typedef enum cvkind { CV_UNKNOWN = 0, CV_BOOL, CV_STRING, CV_INT, CV_FLOAT } cvkind;

/* A constant value. CV_FLOAT holds num/den in lowest terms with den > 0;
 * a float constant whose magnitude would need more than CVAL_MAX_BITS bits
 * is an overflow (cval_binary reports it). */
typedef struct cval {
    cvkind kind;
    bool b;              /* CV_BOOL */
    const char *s;       /* CV_STRING: bytes (NUL-terminated, may hold NULs) */
    size_t slen;         /* CV_STRING: length */
    const bigint *i;     /* CV_INT; CV_FLOAT: the numerator */
    const bigint *den;   /* CV_FLOAT: the denominator (> 0) */
} cval;

/* Integer constants larger than this many bits are "constant overflow"
 * errors in Go (types2 uses 512); fractions may use more internally. */
#define CVAL_INT_BITS 512
#define CVAL_MAX_BITS 16384

/* --- making values ------------------------------------------------------ */
cval *cval_bool(arena *a, bool b);
cval *cval_string(arena *a, const char *s, size_t n);
cval *cval_int64(arena *a, int64_t v);
cval *cval_uint64(arena *a, uint64_t v);
/* An exact fraction for d (finite); NULL for NaN or an infinity. */
cval *cval_double(arena *a, double d);

/* Parses a Go literal's text (lit, n bytes) of kind k: an int (decimal,
 * 0x, 0o, 0b, leading-0 octal, with '_'), a float (decimal or hex with p
 * exponent), a rune ('x', escapes) or a string ("..." with escapes or
 * `raw`, raw dropping \r). The scanner has already rejected malformed
 * text. Returns NULL for LIT_IMAG (complex constants are not supported)
 * or when the value is too large to hold. */
cval *cval_from_literal(arena *a, glit k, const char *lit, size_t n);

/* --- operations ------------------------------------------------------- */

/* x op y for the arithmetic, bitwise and logical binary operators
 * (OP_ADD ... OP_ANDNOT, OP_OROR, OP_ANDAND) on two values of one kind
 * (the checker converts first). OP_DIV of two CV_INTs truncates when
 * intdiv is true (integer division), else gives the exact CV_FLOAT.
 * Returns NULL on division by zero or when the result would be too large
 * (more than CVAL_MAX_BITS bits). */
cval *cval_binary(arena *a, const cval *x, gop op, const cval *y, bool intdiv);

/* Shifts an integer: x << s or x >> s (floor division by 2^s for negative
 * x, as Go's arithmetic shift). NULL when too large. */
cval *cval_shift(arena *a, const cval *x, gop op, unsigned s);

/* Unary + - ^ !. For ^ on an unsigned type of `bits` bits (bits > 0),
 * the result is masked to that width as Go's ^x on unsigned constants;
 * bits 0 means a signed or untyped value (^x == -x-1). */
cval *cval_unary(arena *a, gop op, const cval *x, int bits);

/* Compares x and y of one kind with ==, !=, <, <=, >, >=. */
bool cval_compare(const cval *x, gop op, const cval *y);

/* --- conversions ------------------------------------------------------- */

/* x as a CV_INT if it is an integer (a CV_FLOAT with denominator 1 too),
 * else NULL. */
cval *cval_to_int(arena *a, const cval *x);
/* x (CV_INT or CV_FLOAT) as a CV_FLOAT. */
cval *cval_to_float(arena *a, const cval *x);
/* Rounds a CV_FLOAT (or CV_INT) to the nearest float64 (or float32 when
 * f32) and back to an exact CV_FLOAT, as Go does when a constant gets a
 * float type. NULL when it overflows the type. */
cval *cval_round_float(arena *a, const cval *x, bool f32);

/* string(x) of an integer constant: its code point in UTF-8, or U+FFFD
 * when it is not a valid code point (Go's conversion). */
cval *cval_rune_string(arena *a, const cval *x);

/* The int64 / uint64 value of an integer constant; false when it does not
 * fit (or x is not an integer). */
bool cval_int64_of(const cval *x, int64_t *out);
bool cval_uint64_of(const cval *x, uint64_t *out);
/* The nearest double of a CV_INT or CV_FLOAT (+-Inf when too large). */
double cval_double_of(const cval *x);

/* True when integer x fits a Go integer type of `bits` bits (8, 16, 32,
 * 64), signed or not. */
bool cval_fits_int(const cval *x, int bits, bool is_signed);

/* Number of bits of an integer's magnitude (0 for 0). */
int cval_bitlen(const cval *x);
/* -1, 0 or 1. */
int cval_sign(const cval *x);

/* --- printing ----------------------------------------------------------- */

/* The value as go/constant's Value.String prints it in messages: ints in
 * decimal; floats as "%.6g" (e.g. 3.14159, 1e+100) after rounding to the
 * nearest float64; strings quoted with strconv.Quote's rules and, past 72
 * runes, cut to the first 69 with "..." after, as go/constant does
 * (/usr/lib/go-1.19/src/go/constant/value.go is the reference for all
 * of this); true/false.
 * Owned by a. */
char *cval_string_of(arena *a, const cval *x);

/* The exact decimal text of an integer constant (no length limit), owned
 * by a. */
char *cval_int_text(arena *a, const cval *x);

#endif
