/* bigint.c: arbitrary-precision signed integers (sign and magnitude in
 * 32-bit limbs, least significant first) for Go's exact constants:
 * schoolbook addition, multiplication and Knuth's long division, shifts,
 * two's-complement bitwise operators as math/big gives them, gcd and
 * decimal text. */
#include "golang/bigint.h"

#include <string.h>

#include "golang/lex.h"

static bigint *alloc(arena *a, int n)
{
    bigint *b = arena_alloc(a, sizeof(bigint) + sizeof(uint32_t) * (size_t)(n > 0 ? n : 1));
    b->n = n;
    return b;
}

/* Drops leading zero limbs and fixes the sign of zero. */
static const bigint *norm(bigint *b, int sign)
{
    while (b->n > 0 && b->limb[b->n - 1] == 0)
        b->n--;
    b->sign = b->n ? sign : 0;
    return b;
}

const bigint *big_u64(arena *a, uint64_t v, int sign)
{
    bigint *b = alloc(a, 2);
    b->limb[0] = (uint32_t)v;
    b->limb[1] = (uint32_t)(v >> 32);
    return norm(b, sign < 0 ? -1 : 1);
}

const bigint *big_i64(arena *a, int64_t v)
{
    return v < 0 ? big_u64(a, (uint64_t)0 - (uint64_t)v, -1) : big_u64(a, (uint64_t)v, 1);
}

int big_bitlen(const bigint *x)
{
    if (!x->n)
        return 0;
    uint32_t top = x->limb[x->n - 1];
    int bits = 0;
    while (top) {
        bits++;
        top >>= 1;
    }
    return (x->n - 1) * 32 + bits;
}

/* --- magnitudes ------------------------------------------------------- */

static int mag_cmp(const bigint *x, const bigint *y)
{
    if (x->n != y->n)
        return x->n < y->n ? -1 : 1;
    for (int i = x->n - 1; i >= 0; i--)
        if (x->limb[i] != y->limb[i])
            return x->limb[i] < y->limb[i] ? -1 : 1;
    return 0;
}

static bigint *mag_add(arena *a, const bigint *x, const bigint *y)
{
    if (x->n < y->n) {
        const bigint *t = x;
        x = y;
        y = t;
    }
    bigint *r = alloc(a, x->n + 1);
    uint64_t carry = 0;
    for (int i = 0; i < x->n; i++) {
        uint64_t s = (uint64_t)x->limb[i] + (i < y->n ? y->limb[i] : 0) + carry;
        r->limb[i] = (uint32_t)s;
        carry = s >> 32;
    }
    r->limb[x->n] = (uint32_t)carry;
    return r;
}

/* |x| - |y| for |x| >= |y|. */
static bigint *mag_sub(arena *a, const bigint *x, const bigint *y)
{
    bigint *r = alloc(a, x->n);
    int64_t borrow = 0;
    for (int i = 0; i < x->n; i++) {
        int64_t d = (int64_t)x->limb[i] - (i < y->n ? y->limb[i] : 0) - borrow;
        borrow = d < 0;
        r->limb[i] = (uint32_t)(d + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return r;
}

int big_cmp(const bigint *x, const bigint *y)
{
    if (x->sign != y->sign)
        return x->sign < y->sign ? -1 : 1;
    int c = mag_cmp(x, y);
    return x->sign < 0 ? -c : c;
}

const bigint *big_neg(arena *a, const bigint *x)
{
    bigint *r = alloc(a, x->n);
    memcpy(r->limb, x->limb, sizeof(uint32_t) * (size_t)x->n);
    return norm(r, -x->sign);
}

const bigint *big_abs(arena *a, const bigint *x)
{
    return x->sign < 0 ? big_neg(a, x) : x;
}

const bigint *big_add(arena *a, const bigint *x, const bigint *y)
{
    if (!x->sign)
        return y;
    if (!y->sign)
        return x;
    if (x->sign == y->sign)
        return norm(mag_add(a, x, y), x->sign);
    int c = mag_cmp(x, y);
    if (c == 0)
        return big_u64(a, 0, 1);
    if (c > 0)
        return norm(mag_sub(a, x, y), x->sign);
    return norm(mag_sub(a, y, x), y->sign);
}

const bigint *big_sub(arena *a, const bigint *x, const bigint *y)
{
    return big_add(a, x, big_neg(a, y));
}

const bigint *big_mul(arena *a, const bigint *x, const bigint *y)
{
    if (!x->sign || !y->sign)
        return big_u64(a, 0, 1);
    bigint *r = alloc(a, x->n + y->n);
    memset(r->limb, 0, sizeof(uint32_t) * (size_t)r->n);
    for (int i = 0; i < x->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < y->n; j++) {
            uint64_t t = (uint64_t)x->limb[i] * y->limb[j] + r->limb[i + j] + carry;
            r->limb[i + j] = (uint32_t)t;
            carry = t >> 32;
        }
        r->limb[i + y->n] = (uint32_t)carry;
    }
    return norm(r, x->sign * y->sign);
}

/* Knuth's algorithm D on magnitudes: q = |u| / |v|, r = |u| % |v|. */
static void mag_divmod(arena *a, const bigint *u, const bigint *v, bigint **qo, bigint **ro)
{
    int n = v->n, m = u->n - v->n;
    if (m < 0) {
        *qo = alloc(a, 0);
        bigint *r = alloc(a, u->n);
        memcpy(r->limb, u->limb, sizeof(uint32_t) * (size_t)u->n);
        *ro = r;
        return;
    }
    bigint *q = alloc(a, m + 1);
    if (n == 1) {
        uint64_t rem = 0, d = v->limb[0];
        for (int i = u->n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | u->limb[i];
            q->limb[i] = (uint32_t)(cur / d);
            rem = cur % d;
        }
        bigint *r = alloc(a, 1);
        r->limb[0] = (uint32_t)rem;
        *qo = q;
        *ro = r;
        return;
    }
    /* normalize so the divisor's top limb has its high bit set */
    int s = 0;
    for (uint32_t t = v->limb[n - 1]; !(t & 0x80000000u); t <<= 1)
        s++;
    uint32_t *vn = arena_alloc(a, sizeof(uint32_t) * (size_t)n);
    uint32_t *un = arena_alloc(a, sizeof(uint32_t) * (size_t)(u->n + 1));
    for (int i = n - 1; i > 0; i--)
        vn[i] = (v->limb[i] << s) | (s ? (uint32_t)((uint64_t)v->limb[i - 1] >> (32 - s)) : 0);
    vn[0] = v->limb[0] << s;
    un[u->n] = s ? (uint32_t)((uint64_t)u->limb[u->n - 1] >> (32 - s)) : 0;
    for (int i = u->n - 1; i > 0; i--)
        un[i] = (u->limb[i] << s) | (s ? (uint32_t)((uint64_t)u->limb[i - 1] >> (32 - s)) : 0);
    un[0] = u->limb[0] << s;
    const uint64_t base = (uint64_t)1 << 32;
    for (int j = m; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1];
        uint64_t rhat = num % vn[n - 1];
        while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= base)
                break;
        }
        int64_t borrow = 0;
        uint64_t carry = 0;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)un[i + j] - (int64_t)(uint32_t)p - borrow;
            borrow = t < 0;
            un[i + j] = (uint32_t)(t + (borrow ? (int64_t)base : 0));
        }
        int64_t t = (int64_t)un[j + n] - (int64_t)carry - borrow;
        borrow = t < 0;
        un[j + n] = (uint32_t)(t + (borrow ? (int64_t)base : 0));
        if (borrow) {
            /* qhat was one too large: add the divisor back */
            qhat--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                uint64_t sum = (uint64_t)un[i + j] + vn[i] + c;
                un[i + j] = (uint32_t)sum;
                c = sum >> 32;
            }
            un[j + n] = (uint32_t)((uint64_t)un[j + n] + c);
        }
        q->limb[j] = (uint32_t)qhat;
    }
    bigint *r = alloc(a, n);
    for (int i = 0; i < n; i++)
        r->limb[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
    *qo = q;
    *ro = r;
}

void big_quo_rem(arena *a, const bigint *x, const bigint *y, const bigint **q, const bigint **r)
{
    bigint *qm, *rm;
    mag_divmod(a, x, y, &qm, &rm);
    if (q)
        *q = norm(qm, x->sign * y->sign);
    if (r)
        *r = norm(rm, x->sign);
}

/* --- shifts ------------------------------------------------------------ */

const bigint *big_shl(arena *a, const bigint *x, unsigned s)
{
    if (!x->sign)
        return x;
    int limbs = (int)(s / 32), bits = (int)(s % 32);
    bigint *r = alloc(a, x->n + limbs + 1);
    memset(r->limb, 0, sizeof(uint32_t) * (size_t)r->n);
    for (int i = 0; i < x->n; i++) {
        uint64_t v = (uint64_t)x->limb[i] << bits;
        r->limb[i + limbs] |= (uint32_t)v;
        r->limb[i + limbs + 1] |= (uint32_t)(v >> 32);
    }
    return norm(r, x->sign);
}

/* |x| >> s; *lost says whether 1 bits were shifted out. */
static bigint *mag_shr(arena *a, const bigint *x, unsigned s, bool *lost)
{
    int limbs = (int)(s / 32), bits = (int)(s % 32);
    *lost = false;
    if (limbs >= x->n) {
        *lost = x->n > 0;
        return alloc(a, 0);
    }
    for (int i = 0; i < limbs; i++)
        if (x->limb[i])
            *lost = true;
    if (bits && (x->limb[limbs] & ((1u << bits) - 1)))
        *lost = true;
    bigint *r = alloc(a, x->n - limbs);
    for (int i = 0; i < r->n; i++) {
        uint64_t v = x->limb[i + limbs];
        if (i + limbs + 1 < x->n)
            v |= (uint64_t)x->limb[i + limbs + 1] << 32;
        r->limb[i] = (uint32_t)(v >> bits);
    }
    return r;
}

const bigint *big_shr(arena *a, const bigint *x, unsigned s)
{
    bool lost;
    bigint *m = mag_shr(a, x, s, &lost);
    const bigint *r = norm(m, x->sign);
    /* floor for negative values: -((|x| >> s) + 1) when bits were lost */
    if (x->sign < 0 && lost)
        r = big_sub(a, r, big_u64(a, 1, 1));
    return r;
}

/* --- bitwise ------------------------------------------------------------ */

/* x in two's complement over n limbs. */
static void to_twos(const bigint *x, uint32_t *out, int n)
{
    for (int i = 0; i < n; i++)
        out[i] = i < x->n ? x->limb[i] : 0;
    if (x->sign < 0) {
        /* -m = ~m + 1 */
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~out[i] + carry;
            out[i] = (uint32_t)v;
            carry = v >> 32;
        }
    }
}

const bigint *big_bitwise(arena *a, const bigint *x, int op, const bigint *y)
{
    int n = (x->n > y->n ? x->n : y->n) + 1;
    uint32_t *xs = arena_alloc(a, sizeof(uint32_t) * (size_t)n);
    uint32_t *ys = arena_alloc(a, sizeof(uint32_t) * (size_t)n);
    to_twos(x, xs, n);
    to_twos(y, ys, n);
    bigint *r = alloc(a, n);
    for (int i = 0; i < n; i++) {
        switch (op) {
        case OP_AND: r->limb[i] = xs[i] & ys[i]; break;
        case OP_OR: r->limb[i] = xs[i] | ys[i]; break;
        case OP_XOR: r->limb[i] = xs[i] ^ ys[i]; break;
        default: r->limb[i] = xs[i] & ~ys[i]; break;
        }
    }
    if (r->limb[n - 1] & 0x80000000u) {
        /* negative: magnitude = ~r + 1 */
        uint64_t carry = 1;
        for (int i = 0; i < n; i++) {
            uint64_t v = (uint64_t)(uint32_t)~r->limb[i] + carry;
            r->limb[i] = (uint32_t)v;
            carry = v >> 32;
        }
        return norm(r, -1);
    }
    return norm(r, 1);
}

/* --- the rest ------------------------------------------------------------ */

const bigint *big_gcd(arena *a, const bigint *x, const bigint *y)
{
    x = big_abs(a, x);
    y = big_abs(a, y);
    while (y->sign) {
        const bigint *r;
        big_quo_rem(a, x, y, NULL, &r);
        x = y;
        y = r;
    }
    return x;
}

const bigint *big_pow2(arena *a, unsigned e)
{
    return big_shl(a, big_u64(a, 1, 1), e);
}

const bigint *big_pow10(arena *a, unsigned e)
{
    const bigint *r = big_u64(a, 1, 1), *p = big_u64(a, 10, 1);
    while (e) {
        if (e & 1)
            r = big_mul(a, r, p);
        e >>= 1;
        if (e)
            p = big_mul(a, p, p);
    }
    return r;
}

bool big_mag_u64(const bigint *x, uint64_t *out)
{
    if (x->n > 2)
        return false;
    uint64_t v = 0;
    for (int i = x->n - 1; i >= 0; i--)
        v = (v << 32) | x->limb[i];
    *out = v;
    return true;
}

const bigint *big_mul_add(arena *a, const bigint *x, uint32_t base, uint32_t d)
{
    bigint *r = alloc(a, x->n + 1);
    uint64_t carry = d;
    for (int i = 0; i < x->n; i++) {
        uint64_t t = (uint64_t)x->limb[i] * base + carry;
        r->limb[i] = (uint32_t)t;
        carry = t >> 32;
    }
    r->limb[x->n] = (uint32_t)carry;
    return norm(r, 1);
}

char *big_text(arena *a, const bigint *x)
{
    /* 9 decimal digits per division by 10^9 */
    size_t cap = (size_t)x->n * 10 + 3;
    char *buf = arena_alloc(a, cap);
    char *p = buf + cap - 1;
    *p = 0;
    bigint *m = alloc(a, x->n);
    memcpy(m->limb, x->limb, sizeof(uint32_t) * (size_t)x->n);
    int n = x->n;
    do {
        uint64_t rem = 0;
        for (int i = n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | m->limb[i];
            m->limb[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        while (n > 0 && m->limb[n - 1] == 0)
            n--;
        for (int k = 0; k < 9; k++) {
            *--p = (char)('0' + rem % 10);
            rem /= 10;
            if (n == 0 && rem == 0)
                break;
        }
    } while (n > 0);
    if (x->sign < 0)
        *--p = '-';
    return p;
}
