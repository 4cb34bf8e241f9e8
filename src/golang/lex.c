/* lex.c: the Go scanner (see lex.h). It follows the Go 1.19 compiler's
 * scanner in what it accepts, where it inserts semicolons and how it words
 * and places its errors, so that a learner's typo gets the message `go run`
 * would print. */
#include "golang/lex.h"

#include <stdio.h>
#include <string.h>

static const char *const tok_names[T__COUNT] = {
    [T_NONE] = "?",       [T_EOF] = "EOF",        [T_NAME] = "name",     [T_LITERAL] = "literal",
    [T_OPERATOR] = "op",  [T_ASSIGNOP] = "op=",   [T_INCOP] = "opop",    [T_ASSIGN] = "=",
    [T_DEFINE] = ":=",    [T_ARROW] = "<-",       [T_STAR] = "*",        [T_LPAREN] = "(",
    [T_LBRACK] = "[",     [T_LBRACE] = "{",       [T_RPAREN] = ")",      [T_RBRACK] = "]",
    [T_RBRACE] = "}",     [T_COMMA] = ",",        [T_SEMI] = ";",        [T_COLON] = ":",
    [T_DOT] = ".",        [T_DOTDOTDOT] = "...",  [T_BREAK] = "break",   [T_CASE] = "case",
    [T_CHAN] = "chan",    [T_CONST] = "const",    [T_CONTINUE] = "continue",
    [T_DEFAULT] = "default", [T_DEFER] = "defer", [T_ELSE] = "else",
    [T_FALLTHROUGH] = "fallthrough", [T_FOR] = "for", [T_FUNC] = "func", [T_GO] = "go",
    [T_GOTO] = "goto",    [T_IF] = "if",          [T_IMPORT] = "import",
    [T_INTERFACE] = "interface", [T_MAP] = "map", [T_PACKAGE] = "package",
    [T_RANGE] = "range",  [T_RETURN] = "return",  [T_SELECT] = "select",
    [T_STRUCT] = "struct", [T_SWITCH] = "switch", [T_TYPE] = "type",     [T_VAR] = "var",
};

static const char *const op_names[OP__COUNT] = {
    [OP_NONE] = "?", [OP_DEF] = ":",  [OP_NOT] = "!",   [OP_RECV] = "<-", [OP_TILDE] = "~",
    [OP_OROR] = "||", [OP_ANDAND] = "&&", [OP_EQL] = "==", [OP_NEQ] = "!=", [OP_LSS] = "<",
    [OP_LEQ] = "<=", [OP_GTR] = ">",  [OP_GEQ] = ">=",  [OP_ADD] = "+",  [OP_SUB] = "-",
    [OP_OR] = "|",   [OP_XOR] = "^",  [OP_MUL] = "*",   [OP_DIV] = "/",  [OP_REM] = "%",
    [OP_AND] = "&",  [OP_ANDNOT] = "&^", [OP_SHL] = "<<", [OP_SHR] = ">>",
};

const char *lex_tokstring(gtok t)
{
    if (t == T_COMMA)
        return "comma";
    if (t == T_SEMI)
        return "semicolon or newline";
    return (unsigned)t < T__COUNT ? tok_names[t] : "?";
}

const char *lex_opstring(gop op)
{
    return (unsigned)op < OP__COUNT ? op_names[op] : "?";
}

/* --- UTF-8 ------------------------------------------------------------- */

int32_t utf8_decode(const unsigned char *s, size_t n, int *size)
{
    unsigned c = s[0];
    *size = 1;
    if (c < 0x80)
        return (int32_t)c;
    int len;
    int32_t r, min;
    if ((c & 0xe0) == 0xc0) {
        len = 2, r = c & 0x1f, min = 0x80;
    } else if ((c & 0xf0) == 0xe0) {
        len = 3, r = c & 0x0f, min = 0x800;
    } else if ((c & 0xf8) == 0xf0) {
        len = 4, r = c & 0x07, min = 0x10000;
    } else {
        return 0xfffd;
    }
    if ((size_t)len > n)
        return 0xfffd;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0xfffd;
        r = (r << 6) | (s[i] & 0x3f);
    }
    if (r < min || r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
        return 0xfffd;
    *size = len;
    return r;
}

int utf8_encode(int32_t r, char *out)
{
    unsigned char *o = (unsigned char *)out;
    if (r < 0 || r > 0x10ffff || (r >= 0xd800 && r < 0xe000))
        r = 0xfffd;
    if (r < 0x80) {
        o[0] = (unsigned char)r;
        return 1;
    }
    if (r < 0x800) {
        o[0] = (unsigned char)(0xc0 | (r >> 6));
        o[1] = (unsigned char)(0x80 | (r & 0x3f));
        return 2;
    }
    if (r < 0x10000) {
        o[0] = (unsigned char)(0xe0 | (r >> 12));
        o[1] = (unsigned char)(0x80 | ((r >> 6) & 0x3f));
        o[2] = (unsigned char)(0x80 | (r & 0x3f));
        return 3;
    }
    o[0] = (unsigned char)(0xf0 | (r >> 18));
    o[1] = (unsigned char)(0x80 | ((r >> 12) & 0x3f));
    o[2] = (unsigned char)(0x80 | ((r >> 6) & 0x3f));
    o[3] = (unsigned char)(0x80 | (r & 0x3f));
    return 4;
}

/* --- reading characters ------------------------------------------------ */

static gpos lex_chpos(const lexer *lx)
{
    return (gpos){lx->file, lx->line, lx->col};
}

/* Formats r as Go's %#U: U+0040 '@'. */
static void fmt_U(char *out, size_t n, int32_t r)
{
    char enc[5] = {0};
    if (r >= 0x20 && r != 0x7f && !(r >= 0x80 && r < 0xa0)) {
        enc[utf8_encode(r, enc)] = 0;
        snprintf(out, n, "U+%04X '%s'", (unsigned)r, enc);
    } else {
        snprintf(out, n, "U+%04X", (unsigned)r);
    }
}

/* Formats r as Go's %q of a rune: 'x', '\n', '\x00'. */
static void fmt_q(char *out, size_t n, int32_t r)
{
    switch (r) {
    case '\a': snprintf(out, n, "'\\a'"); return;
    case '\b': snprintf(out, n, "'\\b'"); return;
    case '\f': snprintf(out, n, "'\\f'"); return;
    case '\n': snprintf(out, n, "'\\n'"); return;
    case '\r': snprintf(out, n, "'\\r'"); return;
    case '\t': snprintf(out, n, "'\\t'"); return;
    case '\v': snprintf(out, n, "'\\v'"); return;
    case '\\': snprintf(out, n, "'\\\\'"); return;
    case '\'': snprintf(out, n, "'\\''"); return;
    }
    if (r < 0) {
        snprintf(out, n, "EOF");
    } else if (r < 0x20 || r == 0x7f) {
        snprintf(out, n, "'\\x%02x'", (unsigned)r);
    } else {
        char enc[5] = {0};
        enc[utf8_encode(r, enc)] = 0;
        snprintf(out, n, "'%s'", enc);
    }
}

/* Advances to the next character, reporting NUL bytes, bad UTF-8 and a
 * byte order mark inside the file as the Go compiler's source reader
 * does. */
static void nextch(lexer *lx)
{
    if (lx->ch == '\n') {
        lx->line++;
        lx->col = 1;
    } else if (lx->ch >= 0) {
        lx->col += (int)(lx->off - lx->choff);
    }
    lx->choff = lx->off;
    if (lx->off >= lx->len) {
        lx->ch = -1;
        return;
    }
    unsigned char c = (unsigned char)lx->src[lx->off];
    if (c < 0x80) {
        lx->off++;
        lx->ch = c;
        if (c == 0) {
            diag_error(lx->diag, lex_chpos(lx), "invalid NUL character");
        }
        return;
    }
    int size;
    int32_t r = utf8_decode((const unsigned char *)lx->src + lx->off, lx->len - lx->off, &size);
    lx->off += (size_t)size;
    lx->ch = r;
    if (r == 0xfffd && size == 1) {
        diag_error(lx->diag, lex_chpos(lx), "invalid UTF-8 encoding");
    } else if (r == 0xfeff) {
        diag_error(lx->diag, lex_chpos(lx), "invalid BOM in the middle of the file");
    }
}

void lex_init(lexer *lx, const char *src, size_t len, int file, diag_list *d)
{
    memset(lx, 0, sizeof *lx);
    lx->src = src;
    lx->len = len;
    lx->file = file;
    lx->diag = d;
    lx->line = 1;
    lx->col = 1;
    if (len >= 3 && memcmp(src, "\xef\xbb\xbf", 3) == 0)
        lx->off = 3;
    lx->choff = lx->off;
    lx->ch = -2; /* no character yet: the first nextch keeps the column */
    nextch(lx);
}

/* An error at the current character. */
static void lex_error(lexer *lx, const char *fmt, const char *arg)
{
    diag_error(lx->diag, lex_chpos(lx), fmt, arg);
}

/* An error at byte offset `at` of the current token. */
static void lex_error_tok(lexer *lx, size_t at, const char *msg)
{
    gpos p = lx->pos;
    p.col += (int)at;
    diag_error(lx->diag, p, "%s", msg);
}

static int lower(int32_t c)
{
    return ('a' - 'A') | c;
}
static int is_letter(int32_t c)
{
    return ('a' <= lower(c) && lower(c) <= 'z') || c == '_';
}
static int is_decimal(int32_t c)
{
    return '0' <= c && c <= '9';
}
static int is_hex(int32_t c)
{
    return is_decimal(c) || ('a' <= lower(c) && lower(c) <= 'f');
}

/* Unicode letters beyond ASCII: the ranges Go programs use in names
 * (Latin, Greek, Cyrillic, CJK, ...). A character outside them is an
 * invalid identifier character, as in Go. */
static int is_unicode_letter(int32_t c)
{
    return (c >= 0xc0 && c <= 0x24f && c != 0xd7 && c != 0xf7) || (c >= 0x370 && c <= 0x3ff) ||
           (c >= 0x400 && c <= 0x52f) || (c >= 0x5d0 && c <= 0x5ea) ||
           (c >= 0x620 && c <= 0x64a) || (c >= 0x3040 && c <= 0x30ff) ||
           (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || c == 0xb5 ||
           c == 0xaa || c == 0xba;
}

static int at_ident_char(lexer *lx, int first)
{
    if (is_letter(lx->ch) || is_unicode_letter(lx->ch))
        return 1;
    if (is_decimal(lx->ch) || (lx->ch >= 0x660 && lx->ch <= 0x669)) {
        if (first) {
            char u[32];
            fmt_U(u, sizeof u, lx->ch);
            lex_error(lx, "identifier cannot begin with digit %s", u);
        }
        return 1;
    }
    if (lx->ch >= 0x80) {
        char u[32];
        fmt_U(u, sizeof u, lx->ch);
        lex_error(lx, "invalid character %s in identifier", u);
        return 1;
    }
    return 0;
}

static const struct {
    const char *s;
    gtok t;
} keywords[] = {
    {"break", T_BREAK},       {"case", T_CASE},         {"chan", T_CHAN},
    {"const", T_CONST},       {"continue", T_CONTINUE}, {"default", T_DEFAULT},
    {"defer", T_DEFER},       {"else", T_ELSE},         {"fallthrough", T_FALLTHROUGH},
    {"for", T_FOR},           {"func", T_FUNC},         {"go", T_GO},
    {"goto", T_GOTO},         {"if", T_IF},             {"import", T_IMPORT},
    {"interface", T_INTERFACE}, {"map", T_MAP},         {"package", T_PACKAGE},
    {"range", T_RANGE},       {"return", T_RETURN},     {"select", T_SELECT},
    {"struct", T_STRUCT},     {"switch", T_SWITCH},     {"type", T_TYPE},
    {"var", T_VAR},
};

static void lex_ident(lexer *lx, size_t start)
{
    while (is_letter(lx->ch) || is_decimal(lx->ch))
        nextch(lx);
    if (lx->ch >= 0x80)
        while (at_ident_char(lx, 0))
            nextch(lx);
    lx->lit = lx->src + start;
    lx->litlen = lx->choff - start;
    if (lx->litlen >= 2 && lx->litlen <= 11) {
        for (size_t i = 0; i < sizeof keywords / sizeof keywords[0]; i++) {
            if (strlen(keywords[i].s) == lx->litlen &&
                memcmp(keywords[i].s, lx->lit, lx->litlen) == 0) {
                gtok t = keywords[i].t;
                lx->nlsemi = t == T_BREAK || t == T_CONTINUE || t == T_FALLTHROUGH || t == T_RETURN;
                lx->tok = t;
                return;
            }
        }
    }
    lx->nlsemi = 1;
    lx->tok = T_NAME;
}

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
    }
}

/* Scans digits of base; returns bit 0 set when a digit was seen, bit 1
 * when a '_' was. Records in *invalid the index of the first digit too
 * large for the base. */
static int lex_digits(lexer *lx, size_t start, int base, long *invalid)
{
    int digsep = 0;
    if (base <= 10) {
        int32_t max = '0' + base;
        while (is_decimal(lx->ch) || lx->ch == '_') {
            int ds = 1;
            if (lx->ch == '_')
                ds = 2;
            else if (lx->ch >= max && invalid && *invalid < 0)
                *invalid = (long)(lx->choff - start);
            digsep |= ds;
            nextch(lx);
        }
    } else {
        while (is_hex(lx->ch) || lx->ch == '_') {
            digsep |= lx->ch == '_' ? 2 : 1;
            nextch(lx);
        }
    }
    return digsep;
}

/* The index of a misplaced '_' in a number literal, or -1. */
static long invalid_sep(const char *x, size_t n)
{
    int x1 = ' ', d = '.';
    size_t i = 0;
    if (n >= 2 && x[0] == '0') {
        x1 = lower(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0')
                return (long)i;
        } else if (is_decimal(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (p == '_')
                return (long)i - 1;
            d = '.';
        }
    }
    if (d == '_')
        return (long)n - 1;
    return -1;
}

static void set_lit(lexer *lx, size_t start, glit kind, int ok)
{
    lx->nlsemi = 1;
    lx->tok = T_LITERAL;
    lx->lit = lx->src + start;
    lx->litlen = lx->choff - start;
    lx->kind = kind;
    lx->bad = !ok;
}

static void lex_number(lexer *lx, size_t start, int seen_point)
{
    int ok = 1;
    glit kind = LIT_INT;
    int base = 10, prefix = 0, digsep = 0;
    long invalid = -1;
    char msg[96];
    if (!seen_point) {
        if (lx->ch == '0') {
            nextch(lx);
            switch (lower(lx->ch)) {
            case 'x': nextch(lx); base = 16; prefix = 'x'; break;
            case 'o': nextch(lx); base = 8; prefix = 'o'; break;
            case 'b': nextch(lx); base = 2; prefix = 'b'; break;
            default: base = 8; prefix = '0'; digsep = 1; break;
            }
        }
        digsep |= lex_digits(lx, start, base, &invalid);
        if (lx->ch == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, "invalid radix point in %s literal", base_name(base));
                ok = 0;
            }
            nextch(lx);
            seen_point = 1;
        }
    }
    if (seen_point) {
        kind = LIT_FLOAT;
        digsep |= lex_digits(lx, start, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        lex_error(lx, "%s literal has no digits", base_name(base));
        ok = 0;
    }
    int e = lower(lx->ch);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                snprintf(msg, sizeof msg, "'%c' exponent requires decimal mantissa", (char)lx->ch);
                diag_error(lx->diag, lex_chpos(lx), "%s", msg);
                ok = 0;
            } else if (e == 'p' && prefix != 'x') {
                snprintf(msg, sizeof msg, "'%c' exponent requires hexadecimal mantissa",
                         (char)lx->ch);
                diag_error(lx->diag, lex_chpos(lx), "%s", msg);
                ok = 0;
            }
        }
        nextch(lx);
        kind = LIT_FLOAT;
        if (lx->ch == '+' || lx->ch == '-')
            nextch(lx);
        digsep = lex_digits(lx, start, 10, NULL) | (digsep & 2);
        if (!(digsep & 1) && ok) {
            diag_error(lx->diag, lex_chpos(lx), "exponent has no digits");
            ok = 0;
        }
    } else if (prefix == 'x' && kind == LIT_FLOAT && ok) {
        diag_error(lx->diag, lex_chpos(lx), "hexadecimal mantissa requires a 'p' exponent");
        ok = 0;
    }
    if (lx->ch == 'i') {
        kind = LIT_IMAG;
        nextch(lx);
    }
    set_lit(lx, start, kind, ok);
    if (kind == LIT_INT && invalid >= 0 && ok) {
        char q[16];
        fmt_q(q, sizeof q, (unsigned char)lx->lit[invalid]);
        snprintf(msg, sizeof msg, "invalid digit %s in %s literal", q, base_name(base));
        lex_error_tok(lx, (size_t)invalid, msg);
        ok = 0;
    }
    if ((digsep & 2) && ok) {
        long i = invalid_sep(lx->lit, lx->litlen);
        if (i >= 0) {
            lex_error_tok(lx, (size_t)i, "'_' must separate successive digits");
            ok = 0;
        }
    }
    lx->bad = !ok;
}

/* Scans an escape after the backslash; returns 0 after reporting a bad
 * one. */
static int lex_escape(lexer *lx, int32_t quote)
{
    int n;
    uint32_t base, max;
    switch (lx->ch) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v': case '\\':
        nextch(lx);
        return 1;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': nextch(lx); n = 2, base = 16, max = 255; break;
    case 'u': nextch(lx); n = 4, base = 16, max = 0x10ffff; break;
    case 'U': nextch(lx); n = 8, base = 16, max = 0x10ffff; break;
    default:
        if (lx->ch == quote) {
            nextch(lx);
            return 1;
        }
        if (lx->ch < 0)
            return 1;
        diag_error(lx->diag, lex_chpos(lx), "unknown escape");
        return 0;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (lx->ch < 0)
            return 1;
        uint32_t d = base;
        if (is_decimal(lx->ch))
            d = (uint32_t)lx->ch - '0';
        else if ('a' <= lower(lx->ch) && lower(lx->ch) <= 'f')
            d = (uint32_t)lower(lx->ch) - 'a' + 10;
        if (d >= base) {
            char q[16], msg[80];
            fmt_q(q, sizeof q, lx->ch);
            snprintf(msg, sizeof msg, "invalid character %s in %s escape", q,
                     base_name((int)base));
            diag_error(lx->diag, lex_chpos(lx), "%s", msg);
            return 0;
        }
        x = x * base + d;
        nextch(lx);
    }
    if (x > max && base == 8) {
        diag_error(lx->diag, lex_chpos(lx), "octal escape value %u > 255", x);
        return 0;
    }
    if (x > max || (x >= 0xd800 && x < 0xe000)) {
        char u[32];
        fmt_U(u, sizeof u, (int32_t)x);
        lex_error(lx, "escape is invalid Unicode code point %s", u);
        return 0;
    }
    return 1;
}

static void lex_rune(lexer *lx, size_t start)
{
    int ok = 1;
    nextch(lx);
    for (int n = 0;; n++) {
        if (lx->ch == '\'') {
            if (ok) {
                if (n == 0) {
                    diag_error(lx->diag, lex_chpos(lx), "empty rune literal or unescaped '");
                    ok = 0;
                } else if (n != 1) {
                    lex_error_tok(lx, 0, "more than one character in rune literal");
                    ok = 0;
                }
            }
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!lex_escape(lx, '\''))
                ok = 0;
            continue;
        }
        if (lx->ch == '\n') {
            if (ok) {
                diag_error(lx->diag, lex_chpos(lx), "newline in rune literal");
                ok = 0;
            }
            break;
        }
        if (lx->ch < 0) {
            if (ok) {
                lex_error_tok(lx, 0, "rune literal not terminated");
                ok = 0;
            }
            break;
        }
        nextch(lx);
    }
    set_lit(lx, start, LIT_RUNE, ok);
}

static void lex_string(lexer *lx, size_t start)
{
    int ok = 1;
    nextch(lx);
    for (;;) {
        if (lx->ch == '"') {
            nextch(lx);
            break;
        }
        if (lx->ch == '\\') {
            nextch(lx);
            if (!lex_escape(lx, '"'))
                ok = 0;
            continue;
        }
        if (lx->ch == '\n') {
            diag_error(lx->diag, lex_chpos(lx), "newline in string");
            ok = 0;
            break;
        }
        if (lx->ch < 0) {
            lex_error_tok(lx, 0, "string not terminated");
            ok = 0;
            break;
        }
        nextch(lx);
    }
    set_lit(lx, start, LIT_STRING, ok);
}

static void lex_raw_string(lexer *lx, size_t start)
{
    int ok = 1;
    nextch(lx);
    for (;;) {
        if (lx->ch == '`') {
            nextch(lx);
            break;
        }
        if (lx->ch < 0) {
            lex_error_tok(lx, 0, "string not terminated");
            ok = 0;
            break;
        }
        nextch(lx);
    }
    set_lit(lx, start, LIT_STRING, ok);
}

/* Skips a general comment after its opening; reports one left open. */
static void skip_comment(lexer *lx)
{
    while (lx->ch >= 0) {
        while (lx->ch == '*') {
            nextch(lx);
            if (lx->ch == '/') {
                nextch(lx);
                return;
            }
        }
        nextch(lx);
    }
    lex_error_tok(lx, 0, "comment not terminated");
}

/* Finishes an operator that may be followed by '=' (op=). */
static void assignop(lexer *lx)
{
    if (lx->ch == '=') {
        nextch(lx);
        lx->tok = T_ASSIGNOP;
        return;
    }
    lx->tok = T_OPERATOR;
}

static void set_op(lexer *lx, gop op, int prec)
{
    lx->op = op;
    lx->prec = prec;
}

void lex_next(lexer *lx)
{
    int nlsemi = lx->nlsemi;
    lx->nlsemi = 0;
    lx->op = OP_NONE;
    lx->prec = 0;
redo:
    while (lx->ch == ' ' || lx->ch == '\t' || (lx->ch == '\n' && !nlsemi) || lx->ch == '\r')
        nextch(lx);
    lx->pos = lex_chpos(lx);
    size_t start = lx->choff;
    if (is_letter(lx->ch) || (lx->ch >= 0x80 && at_ident_char(lx, 1))) {
        nextch(lx);
        lex_ident(lx, start);
        return;
    }
    switch (lx->ch) {
    case -1:
        if (nlsemi) {
            lx->lit = "EOF";
            lx->litlen = 3;
            lx->tok = T_SEMI;
            break;
        }
        lx->tok = T_EOF;
        break;
    case '\n':
        nextch(lx);
        lx->lit = "newline";
        lx->litlen = 7;
        lx->tok = T_SEMI;
        break;
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        lex_number(lx, start, 0);
        break;
    case '"':
        lex_string(lx, start);
        break;
    case '`':
        lex_raw_string(lx, start);
        break;
    case '\'':
        lex_rune(lx, start);
        break;
    case '(': nextch(lx); lx->tok = T_LPAREN; break;
    case '[': nextch(lx); lx->tok = T_LBRACK; break;
    case '{': nextch(lx); lx->tok = T_LBRACE; break;
    case ',': nextch(lx); lx->tok = T_COMMA; break;
    case ';':
        nextch(lx);
        lx->lit = "semicolon";
        lx->litlen = 9;
        lx->tok = T_SEMI;
        break;
    case ')': nextch(lx); lx->nlsemi = 1; lx->tok = T_RPAREN; break;
    case ']': nextch(lx); lx->nlsemi = 1; lx->tok = T_RBRACK; break;
    case '}': nextch(lx); lx->nlsemi = 1; lx->tok = T_RBRACE; break;
    case ':':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_DEFINE;
            break;
        }
        lx->tok = T_COLON;
        break;
    case '.':
        nextch(lx);
        if (is_decimal(lx->ch)) {
            lex_number(lx, start, 1);
            break;
        }
        if (lx->ch == '.' && lx->off < lx->len && lx->src[lx->off] == '.') {
            nextch(lx);
            nextch(lx);
            lx->tok = T_DOTDOTDOT;
            break;
        }
        lx->tok = T_DOT;
        break;
    case '+':
        nextch(lx);
        set_op(lx, OP_ADD, PREC_ADD);
        if (lx->ch != '+') {
            assignop(lx);
            break;
        }
        nextch(lx);
        lx->nlsemi = 1;
        lx->tok = T_INCOP;
        break;
    case '-':
        nextch(lx);
        set_op(lx, OP_SUB, PREC_ADD);
        if (lx->ch != '-') {
            assignop(lx);
            break;
        }
        nextch(lx);
        lx->nlsemi = 1;
        lx->tok = T_INCOP;
        break;
    case '*':
        nextch(lx);
        set_op(lx, OP_MUL, PREC_MUL);
        if (lx->ch == '=') {
            nextch(lx);
            lx->tok = T_ASSIGNOP;
            break;
        }
        lx->tok = T_STAR;
        break;
    case '/':
        nextch(lx);
        if (lx->ch == '/') {
            while (lx->ch >= 0 && lx->ch != '\n')
                nextch(lx);
            goto redo;
        }
        if (lx->ch == '*') {
            int line = lx->pos.line;
            nextch(lx);
            skip_comment(lx);
            if (lx->line > line && nlsemi) {
                lx->lit = "newline";
                lx->litlen = 7;
                lx->tok = T_SEMI;
                break;
            }
            goto redo;
        }
        set_op(lx, OP_DIV, PREC_MUL);
        assignop(lx);
        break;
    case '%':
        nextch(lx);
        set_op(lx, OP_REM, PREC_MUL);
        assignop(lx);
        break;
    case '&':
        nextch(lx);
        if (lx->ch == '&') {
            nextch(lx);
            set_op(lx, OP_ANDAND, PREC_ANDAND);
            lx->tok = T_OPERATOR;
            break;
        }
        set_op(lx, OP_AND, PREC_MUL);
        if (lx->ch == '^') {
            nextch(lx);
            lx->op = OP_ANDNOT;
        }
        assignop(lx);
        break;
    case '|':
        nextch(lx);
        if (lx->ch == '|') {
            nextch(lx);
            set_op(lx, OP_OROR, PREC_OROR);
            lx->tok = T_OPERATOR;
            break;
        }
        set_op(lx, OP_OR, PREC_ADD);
        assignop(lx);
        break;
    case '^':
        nextch(lx);
        set_op(lx, OP_XOR, PREC_ADD);
        assignop(lx);
        break;
    case '<':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            set_op(lx, OP_LEQ, PREC_CMP);
            lx->tok = T_OPERATOR;
            break;
        }
        if (lx->ch == '<') {
            nextch(lx);
            set_op(lx, OP_SHL, PREC_MUL);
            assignop(lx);
            break;
        }
        if (lx->ch == '-') {
            nextch(lx);
            lx->tok = T_ARROW;
            break;
        }
        set_op(lx, OP_LSS, PREC_CMP);
        lx->tok = T_OPERATOR;
        break;
    case '>':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            set_op(lx, OP_GEQ, PREC_CMP);
            lx->tok = T_OPERATOR;
            break;
        }
        if (lx->ch == '>') {
            nextch(lx);
            set_op(lx, OP_SHR, PREC_MUL);
            assignop(lx);
            break;
        }
        set_op(lx, OP_GTR, PREC_CMP);
        lx->tok = T_OPERATOR;
        break;
    case '=':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            set_op(lx, OP_EQL, PREC_CMP);
            lx->tok = T_OPERATOR;
            break;
        }
        lx->tok = T_ASSIGN;
        break;
    case '!':
        nextch(lx);
        if (lx->ch == '=') {
            nextch(lx);
            set_op(lx, OP_NEQ, PREC_CMP);
            lx->tok = T_OPERATOR;
            break;
        }
        set_op(lx, OP_NOT, 0);
        lx->tok = T_OPERATOR;
        break;
    case '~':
        nextch(lx);
        set_op(lx, OP_TILDE, 0);
        lx->tok = T_OPERATOR;
        break;
    default: {
        char u[32];
        fmt_U(u, sizeof u, lx->ch);
        lex_error(lx, "invalid character %s", u);
        nextch(lx);
        goto redo;
    }
    }
}
