/* cval.c: Go's exact constant values (the contract is cval.h): booleans,
 * strings, integers and floating-point values held as exact fractions,
 * parsed from literals, combined by the operators, rounded to float64 or
 * float32 as Go does when a constant gets a type, and printed as
 * go/constant prints them. */
#include "golang/cval.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "golang/bigint.h"

static cval *mk(arena *a, cvkind k)
{
    cval *v = arena_alloc(a, sizeof *v);
    v->kind = k;
    return v;
}

cval *cval_bool(arena *a, bool b)
{
    cval *v = mk(a, CV_BOOL);
    v->b = b;
    return v;
}

cval *cval_string(arena *a, const char *s, size_t n)
{
    cval *v = mk(a, CV_STRING);
    v->s = arena_strndup(a, s, n);
    v->slen = n;
    return v;
}

static cval *mkint(arena *a, const bigint *i)
{
    cval *v = mk(a, CV_INT);
    v->i = i;
    return v;
}

cval *cval_int64(arena *a, int64_t v)
{
    return mkint(a, big_i64(a, v));
}

cval *cval_uint64(arena *a, uint64_t v)
{
    return mkint(a, big_u64(a, v, 1));
}

/* num/den in lowest terms (den != 0); NULL when too large. */
static cval *mkfrac(arena *a, const bigint *num, const bigint *den)
{
    if (den->sign < 0) {
        num = big_neg(a, num);
        den = big_neg(a, den);
    }
    const bigint *g = big_gcd(a, num, den);
    if (!(g->n == 1 && g->limb[0] == 1) && g->sign) {
        big_quo_rem(a, num, g, &num, NULL);
        big_quo_rem(a, den, g, &den, NULL);
    }
    if (big_bitlen(num) > CVAL_MAX_BITS || big_bitlen(den) > CVAL_MAX_BITS)
        return NULL;
    cval *v = mk(a, CV_FLOAT);
    v->i = num;
    v->den = den;
    return v;
}

static const bigint *one(arena *a)
{
    return big_u64(a, 1, 1);
}

cval *cval_double(arena *a, double d)
{
    if (!isfinite(d))
        return NULL;
    int e;
    double m = frexp(d, &e); /* d = m * 2^e, 0.5 <= |m| < 1 */
    int64_t mant = (int64_t)ldexp(m, 53);
    e -= 53;
    const bigint *num = big_i64(a, mant);
    if (e >= 0)
        return mkfrac(a, big_shl(a, num, (unsigned)e), one(a));
    return mkfrac(a, num, big_pow2(a, (unsigned)-e));
}

/* --- literals ------------------------------------------------------------ */

static int digit_value(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return 99;
}

static cval *int_literal(arena *a, const char *s, size_t n)
{
    int base = 10;
    size_t i = 0;
    if (n > 1 && s[0] == '0') {
        char p = s[1];
        if (p == 'x' || p == 'X')
            base = 16, i = 2;
        else if (p == 'b' || p == 'B')
            base = 2, i = 2;
        else if (p == 'o' || p == 'O')
            base = 8, i = 2;
        else
            base = 8, i = 1;
    }
    const bigint *v = big_u64(a, 0, 1);
    for (; i < n; i++) {
        if (s[i] == '_')
            continue;
        int d = digit_value(s[i]);
        if (d >= base)
            return NULL;
        v = big_mul_add(a, v, (uint32_t)base, (uint32_t)d);
        if (big_bitlen(v) > CVAL_MAX_BITS)
            return NULL;
    }
    return mkint(a, v);
}

/* A decimal or hexadecimal float literal, exactly. */
static cval *float_literal(arena *a, const char *s, size_t n)
{
    bool hex = n > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    size_t i = hex ? 2 : 0;
    int base = hex ? 16 : 10;
    const bigint *mant = big_u64(a, 0, 1);
    long frac_digits = 0, ndigits = 0;
    bool in_frac = false;
    for (; i < n; i++) {
        char ch = s[i];
        if (ch == '_')
            continue;
        if (ch == '.') {
            in_frac = true;
            continue;
        }
        if ((!hex && (ch == 'e' || ch == 'E')) || (hex && (ch == 'p' || ch == 'P')))
            break;
        int d = digit_value(ch);
        if (d >= base)
            return NULL;
        if (mant->sign || d)
            ndigits++;
        if (ndigits > 20000)
            return NULL;
        mant = big_mul_add(a, mant, (uint32_t)base, (uint32_t)d);
        if (in_frac)
            frac_digits++;
    }
    long exp = 0;
    if (i < n) {
        i++;
        int esign = 1;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            esign = s[i] == '-' ? -1 : 1;
            i++;
        }
        for (; i < n; i++) {
            if (s[i] == '_')
                continue;
            exp = exp * 10 + (s[i] - '0');
            if (exp > 100000000)
                return NULL;
        }
        exp *= esign;
    }
    if (!mant->sign)
        return mkfrac(a, mant, one(a));
    /* value = mant * base^-frac_digits * (2 or 10)^exp */
    long e2 = 0, e10 = 0;
    if (hex)
        e2 = exp - 4 * frac_digits;
    else
        e10 = exp - frac_digits;
    /* a magnitude beyond CVAL_MAX_BITS is refused before it is built */
    double approx_bits = (double)big_bitlen(mant) + (double)e2 + (double)e10 * 3.3219280948873623;
    if (approx_bits > CVAL_MAX_BITS || approx_bits < -CVAL_MAX_BITS)
        return NULL;
    const bigint *num = mant, *den = one(a);
    if (e2 > 0)
        num = big_shl(a, num, (unsigned)e2);
    else if (e2 < 0)
        den = big_pow2(a, (unsigned)-e2);
    if (e10 > 0)
        num = big_mul(a, num, big_pow10(a, (unsigned)e10));
    else if (e10 < 0)
        den = big_pow10(a, (unsigned)-e10);
    return mkfrac(a, num, den);
}

/* Appends code point r as UTF-8. */
static size_t put_utf8(char *out, uint32_t r)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | r >> 6);
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | r >> 12);
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | r >> 18);
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Decodes one UTF-8 sequence at s (n bytes left); *r gets the code point
 * (0xFFFD for a bad one). Returns its length. */
static size_t get_utf8(const char *s, size_t n, uint32_t *r)
{
    const unsigned char *u = (const unsigned char *)s;
    if (u[0] < 0x80) {
        *r = u[0];
        return 1;
    }
    int len = u[0] >= 0xF0 ? 4 : u[0] >= 0xE0 ? 3 : u[0] >= 0xC0 ? 2 : 1;
    if (len == 1 || (size_t)len > n) {
        *r = 0xFFFD;
        return 1;
    }
    uint32_t v = u[0] & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((u[i] & 0xC0) != 0x80) {
            *r = 0xFFFD;
            return 1;
        }
        v = v << 6 | (u[i] & 0x3F);
    }
    *r = v;
    return (size_t)len;
}

/* Interprets one escape at s[0] == '\\'; writes bytes to out. Returns the
 * source bytes consumed; *is_byte says \x or octal (a raw byte). */
static size_t escape(const char *s, size_t n, uint32_t *value, bool *is_byte)
{
    *is_byte = false;
    if (n < 2)
        return 1;
    switch (s[1]) {
    case 'a': *value = 7; return 2;
    case 'b': *value = 8; return 2;
    case 'f': *value = 12; return 2;
    case 'n': *value = 10; return 2;
    case 'r': *value = 13; return 2;
    case 't': *value = 9; return 2;
    case 'v': *value = 11; return 2;
    case '\\': *value = '\\'; return 2;
    case '\'': *value = '\''; return 2;
    case '"': *value = '"'; return 2;
    case 'x':
    case 'u':
    case 'U': {
        size_t len = s[1] == 'x' ? 2 : s[1] == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (size_t i = 0; i < len && 2 + i < n; i++)
            v = v * 16 + (uint32_t)digit_value(s[2 + i]);
        *value = v;
        *is_byte = s[1] == 'x';
        return 2 + len;
    }
    default: {
        uint32_t v = 0;
        for (size_t i = 0; i < 3 && 1 + i < n; i++)
            v = v * 8 + (uint32_t)(s[1 + i] - '0');
        *value = v;
        *is_byte = true;
        return 4;
    }
    }
}

static cval *string_literal(arena *a, const char *s, size_t n)
{
    char *out = arena_alloc(a, n + 1);
    size_t o = 0;
    if (s[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++)
            if (s[i] != '\r')
                out[o++] = s[i];
        return cval_string(a, out, o);
    }
    for (size_t i = 1; i + 1 < n;) {
        if (s[i] == '\\') {
            uint32_t v;
            bool is_byte;
            i += escape(s + i, n - 1 - i, &v, &is_byte);
            if (is_byte)
                out[o++] = (char)v;
            else
                o += put_utf8(out + o, v);
        } else {
            out[o++] = s[i++];
        }
    }
    return cval_string(a, out, o);
}

static cval *rune_literal(arena *a, const char *s, size_t n)
{
    if (n < 3)
        return NULL;
    uint32_t r;
    if (s[1] == '\\') {
        bool is_byte;
        escape(s + 1, n - 2, &r, &is_byte);
    } else {
        get_utf8(s + 1, n - 2, &r);
    }
    return cval_int64(a, r);
}

cval *cval_from_literal(arena *a, glit k, const char *lit, size_t n)
{
    if (n == 0)
        return NULL;
    switch (k) {
    case LIT_INT:
        return int_literal(a, lit, n);
    case LIT_FLOAT:
        return float_literal(a, lit, n);
    case LIT_RUNE:
        return rune_literal(a, lit, n);
    case LIT_STRING:
        return n >= 2 ? string_literal(a, lit, n) : NULL;
    default:
        return NULL;
    }
}

/* --- operations ------------------------------------------------------- */

static const bigint *den_of(arena *a, const cval *x)
{
    return x->kind == CV_FLOAT ? x->den : one(a);
}

static cval *frac_binary(arena *a, const cval *x, gop op, const cval *y)
{
    const bigint *xn = x->i, *xd = den_of(a, x), *yn = y->i, *yd = den_of(a, y);
    switch (op) {
    case OP_ADD:
        return mkfrac(a, big_add(a, big_mul(a, xn, yd), big_mul(a, yn, xd)), big_mul(a, xd, yd));
    case OP_SUB:
        return mkfrac(a, big_sub(a, big_mul(a, xn, yd), big_mul(a, yn, xd)), big_mul(a, xd, yd));
    case OP_MUL:
        return mkfrac(a, big_mul(a, xn, yn), big_mul(a, xd, yd));
    case OP_DIV:
        if (!yn->sign)
            return NULL;
        return mkfrac(a, big_mul(a, xn, yd), big_mul(a, xd, yn));
    default:
        return NULL;
    }
}

cval *cval_binary(arena *a, const cval *x, gop op, const cval *y, bool intdiv)
{
    if (x->kind == CV_BOOL && y->kind == CV_BOOL) {
        if (op == OP_OROR)
            return cval_bool(a, x->b || y->b);
        if (op == OP_ANDAND)
            return cval_bool(a, x->b && y->b);
        return NULL;
    }
    if (x->kind == CV_STRING && y->kind == CV_STRING) {
        if (op != OP_ADD)
            return NULL;
        char *s = arena_alloc(a, x->slen + y->slen + 1);
        memcpy(s, x->s, x->slen);
        memcpy(s + x->slen, y->s, y->slen);
        return cval_string(a, s, x->slen + y->slen);
    }
    if (x->kind == CV_INT && y->kind == CV_INT) {
        const bigint *r;
        switch (op) {
        case OP_ADD: r = big_add(a, x->i, y->i); break;
        case OP_SUB: r = big_sub(a, x->i, y->i); break;
        case OP_MUL: r = big_mul(a, x->i, y->i); break;
        case OP_DIV:
            if (!y->i->sign)
                return NULL;
            if (!intdiv)
                return mkfrac(a, x->i, y->i);
            big_quo_rem(a, x->i, y->i, &r, NULL);
            break;
        case OP_REM:
            if (!y->i->sign)
                return NULL;
            big_quo_rem(a, x->i, y->i, NULL, &r);
            break;
        case OP_AND:
        case OP_OR:
        case OP_XOR:
        case OP_ANDNOT:
            r = big_bitwise(a, x->i, op, y->i);
            break;
        default:
            return NULL;
        }
        if (big_bitlen(r) > CVAL_MAX_BITS)
            return NULL;
        return mkint(a, r);
    }
    if ((x->kind == CV_INT || x->kind == CV_FLOAT) && (y->kind == CV_INT || y->kind == CV_FLOAT))
        return frac_binary(a, x, op, y);
    return NULL;
}

cval *cval_shift(arena *a, const cval *x, gop op, unsigned s)
{
    if (x->kind != CV_INT)
        return NULL;
    if (op == OP_SHL) {
        if ((unsigned long)big_bitlen(x->i) + s > CVAL_MAX_BITS)
            return NULL;
        return mkint(a, big_shl(a, x->i, s));
    }
    return mkint(a, big_shr(a, x->i, s));
}

cval *cval_unary(arena *a, gop op, const cval *x, int bits)
{
    switch (op) {
    case OP_ADD:
        return (cval *)x;
    case OP_SUB:
        if (x->kind == CV_INT)
            return mkint(a, big_neg(a, x->i));
        if (x->kind == CV_FLOAT)
            return mkfrac(a, big_neg(a, x->i), x->den);
        return NULL;
    case OP_XOR: {
        if (x->kind != CV_INT)
            return NULL;
        /* ^x == -x-1; for an unsigned type of `bits` bits, masked */
        const bigint *r = big_sub(a, big_neg(a, x->i), one(a));
        if (bits > 0) {
            const bigint *mask = big_sub(a, big_pow2(a, (unsigned)bits), one(a));
            r = big_bitwise(a, r, OP_AND, mask);
        }
        return mkint(a, r);
    }
    case OP_NOT:
        return x->kind == CV_BOOL ? cval_bool(a, !x->b) : NULL;
    default:
        return NULL;
    }
}

__attribute__((noinline)) static int cross_cmp(arena *tmp, const cval *x, const cval *y)
{
    return big_cmp(big_mul(tmp, x->i, den_of(tmp, y)), big_mul(tmp, y->i, den_of(tmp, x)));
}

static int compare3(const cval *x, const cval *y)
{
    if (x->kind == CV_STRING) {
        size_t n = x->slen < y->slen ? x->slen : y->slen;
        int c = memcmp(x->s, y->s, n);
        if (c)
            return c < 0 ? -1 : 1;
        return x->slen < y->slen ? -1 : x->slen > y->slen;
    }
    if (x->kind == CV_BOOL)
        return x->b == y->b ? 0 : 1;
    if (x->kind == CV_INT && y->kind == CV_INT)
        return big_cmp(x->i, y->i);
    /* x->i/xd vs y->i/yd with positive denominators */
    arena tmp = {0};
    jmp_buf jb;
    tmp.oom = &jb;
    volatile int c = 0;
    if (!setjmp(jb))
        c = cross_cmp(&tmp, x, y);
    arena_free(&tmp);
    return c;
}

bool cval_compare(const cval *x, gop op, const cval *y)
{
    int c = compare3(x, y);
    switch (op) {
    case OP_EQL: return c == 0;
    case OP_NEQ: return c != 0;
    case OP_LSS: return c < 0;
    case OP_LEQ: return c <= 0;
    case OP_GTR: return c > 0;
    case OP_GEQ: return c >= 0;
    default: return false;
    }
}

/* --- conversions ------------------------------------------------------ */

cval *cval_to_int(arena *a, const cval *x)
{
    if (x->kind == CV_INT)
        return (cval *)x;
    if (x->kind == CV_FLOAT && x->den->n == 1 && x->den->limb[0] == 1)
        return mkint(a, x->i);
    return NULL;
}

cval *cval_to_float(arena *a, const cval *x)
{
    if (x->kind == CV_FLOAT)
        return (cval *)x;
    if (x->kind == CV_INT)
        return mkfrac(a, x->i, one(a));
    return NULL;
}

/* num/den (den NULL: 1) rounded to the nearest value with `prec`
 * significant bits and least exponent emin (IEEE round-half-even,
 * subnormals included); +-Inf past the format's largest exponent emax;
 * NaN when out of memory. */
/* (not inlined: its locals live across no setjmp) */
__attribute__((noinline)) static double round_in(arena *tmp, const bigint *num, const bigint *den,
                                                 int prec, int emin, int emax);

static double round_frac(const bigint *num, const bigint *den, int prec, int emin, int emax)
{
    if (!num->sign)
        return 0.0;
    arena tmp = {0};
    jmp_buf jb;
    tmp.oom = &jb;
    volatile double result = NAN;
    if (!setjmp(jb))
        result = round_in(&tmp, num, den, prec, emin, emax);
    arena_free(&tmp);
    return result;
}

/* round_frac's work, its temporaries in tmp. */
__attribute__((noinline)) static double round_in(arena *tmp, const bigint *num, const bigint *den, int prec, int emin, int emax)
{
    if (!den)
        den = one(tmp);
    const bigint *n = big_abs(tmp, num);
    /* q = floor(n * 2^k / den) with prec + 3 or prec + 4 bits */
    long k = prec + 3 - ((long)big_bitlen(n) - (long)big_bitlen(den));
    const bigint *sn = n, *sd = den;
    if (k > 0)
        sn = big_shl(tmp, n, (unsigned)k);
    else if (k < 0)
        sd = big_shl(tmp, den, (unsigned)-k);
    const bigint *q, *r;
    big_quo_rem(tmp, sn, sd, &q, &r);
    uint64_t qv = 0;
    big_mag_u64(q, &qv);
    bool sticky = r->sign != 0;
    int qbits = big_bitlen(q);
    long E = qbits - 1 - k; /* the value is in [2^E, 2^(E+1)) */
    long p = E < emin ? prec - (emin - E) : prec;
    long drop = qbits - p;
    double result;
    if (drop > qbits) {
        result = 0; /* below half the least subnormal */
    } else {
        uint64_t keep = drop >= 64 ? 0 : qv >> drop;
        if (drop > 0) {
            uint64_t half = (uint64_t)1 << (drop - 1);
            uint64_t low = qv & ((half << 1) - 1);
            if (low > half || (low == half && (sticky || (keep & 1))))
                keep++;
        }
        result = ldexp((double)keep, (int)(drop - k));
        if (E > emax || !isfinite(result))
            result = INFINITY;
    }
    return num->sign < 0 ? -result : result;
}

cval *cval_round_float(arena *a, const cval *x, bool f32)
{
    const cval *f = cval_to_float(a, x);
    if (!f)
        return NULL;
    double d = f32 ? round_frac(f->i, f->den, 24, -126, 127) : round_frac(f->i, f->den, 53, -1022, 1023);
    if (isnan(d) || isinf(d))
        return NULL;
    if (f32 && fabs(d) > 3.40282346638528859811704183484516925440e+38)
        return NULL;
    return cval_double(a, d);
}

cval *cval_rune_string(arena *a, const cval *x)
{
    uint64_t cp;
    uint32_t r = 0xFFFD;
    if (cval_uint64_of(x, &cp) && cp <= 0x10FFFF)
        r = (uint32_t)cp; /* surrogates become U+FFFD in put_utf8 */
    char buf[4];
    return cval_string(a, buf, put_utf8(buf, r));
}

bool cval_int64_of(const cval *x, int64_t *out)
{
    if (x->kind != CV_INT)
        return false;
    uint64_t m;
    if (!big_mag_u64(x->i, &m))
        return false;
    if (x->i->sign < 0) {
        if (m > (uint64_t)1 << 63)
            return false;
        *out = (int64_t)(0 - m);
        return true;
    }
    if (m > (uint64_t)INT64_MAX)
        return false;
    *out = (int64_t)m;
    return true;
}

bool cval_uint64_of(const cval *x, uint64_t *out)
{
    if (x->kind != CV_INT || x->i->sign < 0)
        return false;
    return big_mag_u64(x->i, out);
}

double cval_double_of(const cval *x)
{
    if (x->kind == CV_INT)
        return round_frac(x->i, NULL, 53, -1022, 1023);
    if (x->kind == CV_FLOAT)
        return round_frac(x->i, x->den, 53, -1022, 1023);
    return 0;
}

bool cval_fits_int(const cval *x, int bits, bool is_signed)
{
    if (x->kind != CV_INT)
        return false;
    int len = big_bitlen(x->i);
    if (!is_signed)
        return x->i->sign >= 0 && len <= bits;
    if (x->i->sign >= 0)
        return len <= bits - 1;
    /* -2^(bits-1) fits: its magnitude is a power of two of bits-1 */
    if (len < bits)
        return true;
    if (len > bits)
        return false;
    for (int i = 0; i < x->i->n - 1; i++)
        if (x->i->limb[i])
            return false;
    uint32_t top = x->i->limb[x->i->n - 1];
    return (top & (top - 1)) == 0;
}

int cval_bitlen(const cval *x)
{
    return x->kind == CV_INT ? big_bitlen(x->i) : 0;
}

int cval_sign(const cval *x)
{
    return x->kind == CV_INT || x->kind == CV_FLOAT ? x->i->sign : 0;
}

/* --- printing ----------------------------------------------------------- */

/* strconv.Quote: printable runes as they are, the rest escaped. */
static char *quote(arena *a, const char *s, size_t n)
{
    size_t cap = n * 10 + 3, o = 0;
    char *out = arena_alloc(a, cap);
    out[o++] = '"';
    for (size_t i = 0; i < n;) {
        uint32_t r;
        size_t len = get_utf8(s + i, n - i, &r);
        if (r == 0xFFFD && len == 1 && (unsigned char)s[i] >= 0x80) {
            o += (size_t)snprintf(out + o, cap - o, "\\x%02x", (unsigned char)s[i]);
            i++;
            continue;
        }
        i += len;
        switch (r) {
        case '\a': o += (size_t)snprintf(out + o, cap - o, "\\a"); continue;
        case '\b': o += (size_t)snprintf(out + o, cap - o, "\\b"); continue;
        case '\f': o += (size_t)snprintf(out + o, cap - o, "\\f"); continue;
        case '\n': o += (size_t)snprintf(out + o, cap - o, "\\n"); continue;
        case '\r': o += (size_t)snprintf(out + o, cap - o, "\\r"); continue;
        case '\t': o += (size_t)snprintf(out + o, cap - o, "\\t"); continue;
        case '\v': o += (size_t)snprintf(out + o, cap - o, "\\v"); continue;
        case '\\': o += (size_t)snprintf(out + o, cap - o, "\\\\"); continue;
        case '"': o += (size_t)snprintf(out + o, cap - o, "\\\""); continue;
        default: break;
        }
        if (r < 0x20 || r == 0x7F)
            o += (size_t)snprintf(out + o, cap - o, "\\x%02x", r);
        else if (r >= 0x80 && r < 0xA0)
            o += (size_t)snprintf(out + o, cap - o, "\\u%04x", r);
        else
            o += put_utf8(out + o, r); /* printable (approximately unicode.IsPrint) */
    }
    out[o++] = '"';
    out[o] = 0;
    return out;
}

char *cval_string_of(arena *a, const cval *x)
{
    switch (x->kind) {
    case CV_BOOL:
        return arena_printf(a, "%s", x->b ? "true" : "false");
    case CV_STRING: {
        char *q = quote(a, x->s, x->slen);
        /* past 72 runes: the first 69 and "..." */
        size_t runes = 0, i = 0, n = strlen(q), cut = 0;
        while (i < n) {
            uint32_t r;
            i += get_utf8(q + i, n - i, &r);
            runes++;
            if (runes == 69)
                cut = i;
        }
        if (runes > 72)
            return arena_printf(a, "%.*s...", (int)cut, q);
        return q;
    }
    case CV_INT:
        return big_text(a, x->i);
    case CV_FLOAT: {
        double d = cval_double_of(x);
        if (isinf(d))
            return arena_printf(a, "%s", d > 0 ? "1e+10000" : "-1e+10000");
        return arena_printf(a, "%.6g", d);
    }
    default:
        return arena_printf(a, "unknown");
    }
}

char *cval_int_text(arena *a, const cval *x)
{
    return x->kind == CV_INT ? big_text(a, x->i) : cval_string_of(a, x);
}
