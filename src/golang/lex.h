/* lex.h: the Go scanner: source bytes to tokens, with Go's automatic
 * semicolons, shaped like cmd/compile/internal/syntax/scanner.go so that
 * errors name tokens in the compiler's words ("unexpected newline"). */
#ifndef CONCLAB_GOLANG_LEX_H
#define CONCLAB_GOLANG_LEX_H

#include <stddef.h>
#include <stdint.h>

#include "golang/diag.h"

/* Tokens, in the syntax package's order and with its names. */
typedef enum gtok {
    T_NONE = 0,
    T_EOF,      /* EOF */
    T_NAME,     /* name */
    T_LITERAL,  /* literal */
    T_OPERATOR, /* op (all but *) */
    T_ASSIGNOP, /* op= */
    T_INCOP,    /* ++ or -- */
    T_ASSIGN,   /* = */
    T_DEFINE,   /* := */
    T_ARROW,    /* <- */
    T_STAR,     /* * */
    T_LPAREN,   /* ( */
    T_LBRACK,   /* [ */
    T_LBRACE,   /* { */
    T_RPAREN,   /* ) */
    T_RBRACK,   /* ] */
    T_RBRACE,   /* } */
    T_COMMA,    /* , */
    T_SEMI,     /* ; */
    T_COLON,    /* : */
    T_DOT,      /* . */
    T_DOTDOTDOT,/* ... */
    T_BREAK,
    T_CASE,
    T_CHAN,
    T_CONST,
    T_CONTINUE,
    T_DEFAULT,
    T_DEFER,
    T_ELSE,
    T_FALLTHROUGH,
    T_FOR,
    T_FUNC,
    T_GO,
    T_GOTO,
    T_IF,
    T_IMPORT,
    T_INTERFACE,
    T_MAP,
    T_PACKAGE,
    T_RANGE,
    T_RETURN,
    T_SELECT,
    T_STRUCT,
    T_SWITCH,
    T_TYPE,
    T_VAR,
    T__COUNT
} gtok;

/* Operators, in the syntax package's order. */
typedef enum gop {
    OP_NONE = 0,
    OP_DEF,    /* : of := */
    OP_NOT,    /* ! */
    OP_RECV,   /* <- */
    OP_TILDE,  /* ~ */
    OP_OROR,   /* || */
    OP_ANDAND, /* && */
    OP_EQL,    /* == */
    OP_NEQ,    /* != */
    OP_LSS,    /* < */
    OP_LEQ,    /* <= */
    OP_GTR,    /* > */
    OP_GEQ,    /* >= */
    OP_ADD,    /* + */
    OP_SUB,    /* - */
    OP_OR,     /* | */
    OP_XOR,    /* ^ */
    OP_MUL,    /* * */
    OP_DIV,    /* / */
    OP_REM,    /* % */
    OP_AND,    /* & */
    OP_ANDNOT, /* &^ */
    OP_SHL,    /* << */
    OP_SHR,    /* >> */
    OP__COUNT
} gop;

/* Binary operator precedences. */
enum { PREC_OROR = 1, PREC_ANDAND, PREC_CMP, PREC_ADD, PREC_MUL };

/* Literal kinds. */
typedef enum glit { LIT_INT, LIT_FLOAT, LIT_IMAG, LIT_RUNE, LIT_STRING } glit;

/* The scanner's state; the current token is in the fields after `src`. */
typedef struct lexer {
    const char *src;   /* the source (not NUL-terminated necessarily) */
    size_t len;        /* its length */
    size_t off;        /* offset of the byte after ch */
    size_t choff;      /* offset of ch */
    int32_t ch;        /* the current character, -1 at the end */
    int file;          /* file index for positions */
    int line, col;     /* position of ch (1-based, byte column) */
    int nlsemi;        /* a newline or EOF now ends a statement */
    diag_list *diag;   /* errors go here */
    /* the current token */
    gtok tok;          /* its kind */
    gop op;            /* T_OPERATOR, T_ASSIGNOP, T_INCOP, T_STAR: which */
    int prec;          /* T_OPERATOR, T_STAR: binary precedence, 0 none */
    glit kind;         /* T_LITERAL: which kind */
    int bad;           /* T_LITERAL: malformed (an error was reported) */
    const char *lit;   /* T_NAME, T_LITERAL: its text; T_SEMI: "semicolon",
                          "newline" or "EOF" */
    size_t litlen;     /* its length */
    gpos pos;          /* where the token starts */
} lexer;

/* Starts scanning src (len bytes) of file index `file`; errors go to d.
 * A leading UTF-8 byte order mark is skipped. Does not read a token. */
void lex_init(lexer *lx, const char *src, size_t len, int file, diag_list *d);

/* Reads the next token into lx. After the end it keeps returning T_EOF. */
void lex_next(lexer *lx);

/* The name of a token kind for messages ("(", "comma", "if"...): the
 * syntax package's tokstring. */
const char *lex_tokstring(gtok t);
/* An operator's text ("+", "<-", "&^"). */
const char *lex_opstring(gop op);

/* Decodes one UTF-8 rune from s (n bytes available > 0): returns it and
 * sets *size (1 for an invalid byte, which decodes as U+FFFD). */
int32_t utf8_decode(const unsigned char *s, size_t n, int *size);
/* Encodes r as UTF-8 into out (4 bytes room); returns the length. Invalid
 * runes encode as U+FFFD. */
int utf8_encode(int32_t r, char *out);

#endif
