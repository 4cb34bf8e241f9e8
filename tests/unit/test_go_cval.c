/* test_go_cval.c: Go's exact constants (src/golang/cval.c, bigint.c)
 * against go/constant. Every expected value below was printed by Go 1.19
 * (a throwaway program calling constant.MakeFromLiteral, BinaryOp,
 * Shift, String, Float64Val and Float32Val on the same inputs); doubles
 * are compared bit for bit. */
#include "golang/cval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../tap.h"

static arena A;
static jmp_buf oom;

static glit kind_of(const char *s)
{
    if (s[0] == '\'')
        return LIT_RUNE;
    if (s[0] == '"' || s[0] == '`')
        return LIT_STRING;
    bool hex = s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
    for (const char *p = s; *p; p++)
        if (*p == '.' || (!hex && (*p == 'e' || *p == 'E')) || *p == 'p' || *p == 'P')
            return LIT_FLOAT;
    return LIT_INT;
}

/* A literal, or "-" and a literal (Go literals have no sign). */
static cval *lit(const char *s)
{
    if (s[0] == '-') {
        cval *v = cval_from_literal(&A, kind_of(s + 1), s + 1, strlen(s + 1));
        return v ? cval_unary(&A, OP_SUB, v, 0) : NULL;
    }
    return cval_from_literal(&A, kind_of(s), s, strlen(s));
}

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static const struct {
    const char *x, *op, *y, *text;
    uint64_t f64;
} binaries[] = {
    {"1", "+", "2", "3", 0x4008000000000000ull},
    {"18446744073709551615", "+", "1", "18446744073709551616", 0x43f0000000000000ull},
    {"-5", "/", "3", "-1.66667", 0xbffaaaaaaaaaaaabull},
    {"-5", "%", "3", "-2", 0xc000000000000000ull},
    {"7", "//", "-2", "-3", 0xc008000000000000ull},
    {"123456789012345678901234567890", "*", "987654321098765432109876543210", "121932631137021795226185032733622923332237463801111263526900", 0x4c336ccc11830020ull},
    {"340282366920938463463374607431768211456", "//", "18446744073709551617", "18446744073709551615", 0x43f0000000000000ull},
    {"340282366920938463463374607431768211455", "%", "4294967311", "50624", 0x40e8b80000000000ull},
    {"-12", "&", "10", "0", 0x0ull},
    {"-12", "|", "10", "-2", 0xc000000000000000ull},
    {"-12", "^", "-10", "2", 0x4000000000000000ull},
    {"12", "&^", "-3", "0", 0x0ull},
    {"-1", "&^", "255", "-256", 0xc070000000000000ull},
    {"1", "/", "3", "0.333333", 0x3fd5555555555555ull},
    {"0.1", "+", "0.2", "0.3", 0x3fd3333333333333ull},
    {"1e100", "*", "1e100", "1e+200", 0x6974e718d7d7625aull},
    {"2.5", "-", "0.5", "2", 0x4000000000000000ull},
    {"1", "/", "7", "0.142857", 0x3fc2492492492492ull},
    {"0x1p-2", "+", "0.25", "0.5", 0x3fe0000000000000ull},
    {"1.5e-300", "*", "1e-10", "1.5e-310", 0x1b9cd1295941ull},
    {"3", "/", "0.5", "6", 0x4018000000000000ull},
    {"0o17", "+", "0b101", "20", 0x4034000000000000ull},
    {"0x_FF", "*", "1_000", "255000", 0x410f20c000000000ull},
    {"017", "+", "1", "16", 0x4030000000000000ull},
    {"'a'", "+", "1", "98", 0x4058800000000000ull},
    {"'\\n'", "+", "0", "10", 0x4024000000000000ull},
    {"'\\u00e9'", "+", "0", "233", 0x406d200000000000ull},
    {"'\\x41'", "+", "0", "65", 0x4050400000000000ull},
    {"'\\101'", "+", "0", "65", 0x4050400000000000ull},
    {"'é'", "+", "0", "233", 0x406d200000000000ull},
    {"6.02214076e23", "/", "1e3", "6.02214e+20", 0x444052b317ba400cull},
};

static const struct {
    const char *lit, *text;
} strings[] = {
    {"\"a\\tb\\n\"", "\"a\\tb\\n\""},
    {"`raw\\n`", "\"raw\\\\n\""},
    {"\"\\u00e9\\x41\\101\\U0001F600\"", "\"éAA😀\""},
    {"\"abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghij\"", "\"abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefgh..."},
    {"\"\\x80\\xff\"", "\"\\x80\\xff\""},
    {"\"\\a\\b\\f\\v\\\\\\\"\"", "\"\\a\\b\\f\\v\\\\\\\"\""},
    {"\"\\x7f\\x01\"", "\"\\x7f\\x01\""},
};

static const struct {
    const char *x;
    int op;
    unsigned s;
    const char *text;
} shifts[] = {
    {"1", 1, 100, "1267650600228229401496703205376"},
    {"-7", 2, 1, "-4"},
    {"-8", 2, 3, "-1"},
    {"-1", 2, 200, "-1"},
    {"12345678901234567890123", 2, 40, "11228329550"},
};

static const struct {
    const char *lit;
    bool inf64;
    uint64_t f64;
    bool inf32;
    uint64_t f32;
} rounds[] = {
    {"0.1", false, 0x3fb999999999999aull, false, 0x3fb99999a0000000ull},
    {"1e-320", false, 0x7e8ull, false, 0x0ull},
    {"4.9e-324", false, 0x1ull, false, 0x0ull},
    {"2.4703282292062327e-324", false, 0x0ull, false, 0x0ull},
    {"2.4703282292062328e-324", false, 0x1ull, false, 0x0ull},
    {"1.7976931348623157e308", false, 0x7fefffffffffffffull, true, 0},
    {"1e39", false, 0x48078287f49c4a1dull, true, 0},
    {"3.4028235e38", false, 0x47efffffe54daff8ull, false, 0x47efffffe0000000ull},
    {"1.401298464324817e-45", false, 0x36a0000000000000ull, false, 0x36a0000000000000ull},
    {"0.3333333333333333333333333", false, 0x3fd5555555555555ull, false, 0x3fd5555560000000ull},
    {"16777217", false, 0x4170000010000000ull, false, 0x4170000000000000ull},
    {"9007199254740993", false, 0x4340000000000000ull, false, 0x4340000000000000ull},
};

static gop op_of(const char *s, bool *intdiv)
{
    *intdiv = strcmp(s, "//") == 0;
    static const struct {
        const char *s;
        gop op;
    } t[] = {{"+", OP_ADD}, {"-", OP_SUB}, {"*", OP_MUL}, {"/", OP_DIV}, {"//", OP_DIV}, {"%", OP_REM},
             {"&", OP_AND}, {"|", OP_OR}, {"^", OP_XOR}, {"&^", OP_ANDNOT}};
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(t[i].s, s) == 0)
            return t[i].op;
    return OP_NONE;
}

int main(void)
{
    A.oom = &oom;
    if (setjmp(oom)) {
        ok(0, "out of memory");
        return tap_done();
    }
    for (size_t i = 0; i < sizeof binaries / sizeof binaries[0]; i++) {
        cval *x = lit(binaries[i].x), *y = lit(binaries[i].y);
        if (!ok(x && y, "%s and %s parse", binaries[i].x, binaries[i].y))
            continue;
        if (x->kind == CV_INT && y->kind == CV_FLOAT)
            x = cval_to_float(&A, x);
        if (y->kind == CV_INT && x->kind == CV_FLOAT)
            y = cval_to_float(&A, y);
        bool intdiv;
        gop op = op_of(binaries[i].op, &intdiv);
        cval *r = cval_binary(&A, x, op, y, intdiv);
        if (!ok(r, "%s %s %s computes", binaries[i].x, binaries[i].op, binaries[i].y))
            continue;
        is_str(cval_string_of(&A, r), binaries[i].text, "%s %s %s prints as Go prints it", binaries[i].x,
               binaries[i].op, binaries[i].y);
        ok(bits_of(cval_double_of(r)) == binaries[i].f64, "%s %s %s as float64 is Go's", binaries[i].x,
           binaries[i].op, binaries[i].y);
    }
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        cval *s = lit(strings[i].lit);
        if (ok(s, "%s parses", strings[i].lit))
            is_str(cval_string_of(&A, s), strings[i].text, "%s quotes as Go does", strings[i].lit);
    }
    for (size_t i = 0; i < sizeof shifts / sizeof shifts[0]; i++) {
        cval *r = cval_shift(&A, lit(shifts[i].x), shifts[i].op == 1 ? OP_SHL : OP_SHR, shifts[i].s);
        if (ok(r, "shift of %s", shifts[i].x))
            is_str(cval_string_of(&A, r), shifts[i].text, "%s %s %u", shifts[i].x,
                   shifts[i].op == 1 ? "<<" : ">>", shifts[i].s);
    }
    for (size_t i = 0; i < sizeof rounds / sizeof rounds[0]; i++) {
        cval *x = lit(rounds[i].lit);
        cval *r64 = cval_round_float(&A, x, false), *r32 = cval_round_float(&A, x, true);
        if (rounds[i].inf64)
            ok(!r64, "%s overflows float64", rounds[i].lit);
        else
            ok(r64 && bits_of(cval_double_of(r64)) == rounds[i].f64, "%s rounds to Go's float64", rounds[i].lit);
        if (rounds[i].inf32)
            ok(!r32, "%s overflows float32", rounds[i].lit);
        else
            ok(r32 && bits_of(cval_double_of(r32)) == rounds[i].f32, "%s rounds to Go's float32", rounds[i].lit);
    }

    /* properties on numbers too large for any C type */
    cval *big = lit("123456789012345678901234567890123456789012345678901234567890");
    cval *d = lit("-98765432109876543210987");
    cval *q = cval_binary(&A, big, OP_DIV, d, true), *m = cval_binary(&A, big, OP_REM, d, true);
    cval *back = cval_binary(&A, cval_binary(&A, q, OP_MUL, d, false), OP_ADD, m, false);
    ok(cval_compare(back, OP_EQL, big), "(a/b)*b + a%%b == a for big a, b");
    ok(cval_compare(cval_binary(&A, lit("0.1"), OP_ADD, lit("0.2"), false), OP_EQL, lit("0.3")),
       "0.1 + 0.2 == 0.3 exactly, as Go's constants");
    int64_t i64;
    ok(cval_int64_of(lit("-9223372036854775808"), &i64) && i64 == INT64_MIN, "MinInt64 fits int64");
    ok(!cval_int64_of(lit("9223372036854775808"), &i64), "MaxInt64+1 does not fit int64");
    ok(cval_fits_int(lit("-128"), 8, true) && !cval_fits_int(lit("128"), 8, true) &&
           cval_fits_int(lit("255"), 8, false) && !cval_fits_int(lit("-1"), 8, false),
       "int8 and uint8 ranges");
    is_str(cval_string_of(&A, cval_unary(&A, OP_XOR, lit("0"), 8)), "255", "^uint8(0) is 255");
    is_str(cval_string_of(&A, cval_unary(&A, OP_XOR, lit("5"), 0)), "-6", "^5 is -6");

    /* hostile sizes give up quickly with NULL */
    ok(!lit("1e1000000000"), "1e1000000000 is refused, not computed");
    ok(!cval_shift(&A, lit("1"), OP_SHL, 100000000), "1 << 100000000 is refused");
    ok(cval_shift(&A, lit("1"), OP_SHL, 511) != NULL, "1 << 511 is fine");
    arena_free(&A);
    return tap_done();
}
