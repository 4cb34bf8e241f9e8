/* bigint.h: arbitrary-precision signed integers for Go's exact constants
 * (the struct is cval.h's: sign and magnitude in 32-bit limbs). Values
 * are immutable and arena-owned; every operation returns a new one. */
#ifndef CONCLAB_GOLANG_BIGINT_H
#define CONCLAB_GOLANG_BIGINT_H

#include "golang/cval.h"

const bigint *big_u64(arena *a, uint64_t v, int sign);
const bigint *big_i64(arena *a, int64_t v);
int big_bitlen(const bigint *x);
/* Compares x and y: -1, 0, 1. */
int big_cmp(const bigint *x, const bigint *y);
const bigint *big_neg(arena *a, const bigint *x);
const bigint *big_abs(arena *a, const bigint *x);
const bigint *big_add(arena *a, const bigint *x, const bigint *y);
const bigint *big_sub(arena *a, const bigint *x, const bigint *y);
const bigint *big_mul(arena *a, const bigint *x, const bigint *y);
/* Truncated division (Go's / and %); y != 0. Either output may be NULL. */
void big_quo_rem(arena *a, const bigint *x, const bigint *y, const bigint **q, const bigint **r);
const bigint *big_shl(arena *a, const bigint *x, unsigned s);
/* x >> s rounding toward minus infinity (Go's arithmetic shift). */
const bigint *big_shr(arena *a, const bigint *x, unsigned s);
/* Bitwise operators on the two's-complement values (op: OP_AND, OP_OR,
 * OP_XOR, OP_ANDNOT). */
const bigint *big_bitwise(arena *a, const bigint *x, int op, const bigint *y);
/* The greatest common divisor of |x| and |y|. */
const bigint *big_gcd(arena *a, const bigint *x, const bigint *y);
/* 2^e and 10^e. */
const bigint *big_pow2(arena *a, unsigned e);
const bigint *big_pow10(arena *a, unsigned e);
/* The magnitude as uint64 when it fits. */
bool big_mag_u64(const bigint *x, uint64_t *out);
/* Decimal text. */
char *big_text(arena *a, const bigint *x);
/* Accumulates digit strings: returns x * base + d. */
const bigint *big_mul_add(arena *a, const bigint *x, uint32_t base, uint32_t d);

#endif
