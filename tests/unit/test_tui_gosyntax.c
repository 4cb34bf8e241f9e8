/* test_tui_gosyntax.c: Go (and C) highlighting roles byte by byte:
 * keywords, predeclared names, strings with escapes, raw strings and block
 * comments across lines, runes, numbers, and identifiers left alone. */
#include <string.h>

#include "../tap.h"
#include "tui/gosyntax.h"
#include "tui/rich.h"

static unsigned char roles[4096];

/* The role of the first byte of needle in src (-1 when absent). */
static int role_of(const char *src, const char *needle)
{
    const char *p = strstr(src, needle);
    return p ? roles[p - src] : -1;
}

/* 1 when every byte of needle in src has role. */
static int all_role(const char *src, const char *needle, int role)
{
    const char *p = strstr(src, needle);
    if (!p)
        return 0;
    for (size_t i = 0; i < strlen(needle); i++)
        if (roles[p - src + (long)i] != role)
            return 0;
    return 1;
}

static void test_go(void)
{
    const char *src =
        "package main\n"
        "\n"
        "import \"fmt\"\n"
        "\n"
        "// main says \"hi\" func\n"
        "func main() {\n"
        "    messages := make(chan string, 10)\n"
        "    go func() { messages <- \"a \\\"quoted\\\" go\" }()\n"
        "    r := 'x'\n"
        "    raw := `line one\n"
        "func inside raw`\n"
        "    /* block\n"
        "       for */ x := 0x1F\n"
        "    fmt.Println(<-messages, r, raw, x)\n"
        "}\n";
    memset(roles, 0xff, sizeof roles);
    gosyntax_mark(src, strlen(src), roles);
    is_int(role_of(src, "package"), ROLE_KEYWORD, "package is a keyword");
    is_int(role_of(src, "func main"), ROLE_KEYWORD, "func is a keyword");
    ok(all_role(src, "\"fmt\"", ROLE_STRING), "an import path is a string");
    ok(all_role(src, "// main says \"hi\" func", ROLE_COMMENT), "a line comment, quotes and all");
    is_int(role_of(src, "make("), ROLE_TYPE, "make is predeclared");
    is_int(role_of(src, "chan string"), ROLE_KEYWORD, "chan is a keyword");
    is_int(role_of(src, "string, 10"), ROLE_TYPE, "string is a predeclared type");
    is_int(role_of(src, "10)"), ROLE_NUMBER, "10 is a number");
    ok(all_role(src, "\"a \\\"quoted\\\" go\"", ROLE_STRING), "escaped quotes stay in the string");
    ok(all_role(src, "'x'", ROLE_STRING), "a rune literal");
    ok(all_role(src, "`line one\nfunc inside raw`", ROLE_STRING), "a raw string spans lines");
    ok(all_role(src, "/* block\n       for */", ROLE_COMMENT), "a block comment spans lines");
    ok(all_role(src, "0x1F", ROLE_NUMBER), "a hex number");
    is_int(role_of(src, "messages :="), ROLE_TEXT, "an identifier is plain");
    is_int(role_of(src, "fmt.Println"), ROLE_TEXT, "a package name is plain");
    is_int(role_of(src, "gopher"), -1, "(needle absent)");
    int untouched = 0;
    for (size_t i = 0; i < strlen(src); i++)
        untouched += roles[i] == 0xff;
    is_int(untouched, 0, "every byte gets a role");
}

static void test_c(void)
{
    const char *src = "#include <stdio.h>\n"
                      "static void f(void *arg) /* go */\n"
                      "{\n"
                      "    chan_send(c, &i); // send\n"
                      "    say(\"Received: %d\", 42);\n"
                      "}\n";
    gosyntax_mark_c(src, strlen(src), roles);
    ok(all_role(src, "#include <stdio.h>", ROLE_KEYWORD), "a preprocessor line");
    is_int(role_of(src, "static"), ROLE_KEYWORD, "static is a C keyword");
    is_int(role_of(src, "void f"), ROLE_TYPE, "void is a type");
    ok(all_role(src, "/* go */", ROLE_COMMENT), "a C comment");
    is_int(role_of(src, "chan_send"), ROLE_KEYWORD, "runtime calls stand out");
    ok(all_role(src, "\"Received: %d\"", ROLE_STRING), "a C string");
    is_int(role_of(src, "42"), ROLE_NUMBER, "a C number");
    is_int(role_of(src, "say("), ROLE_TEXT, "other calls are plain");
}

int main(void)
{
    test_go();
    test_c();
    return tap_done();
}
