/* plain_text.c: prints content as plain text for the plain commands:
 * paragraphs wrapped to the terminal (or one line each when stdout is not a
 * terminal, for scripts and screen readers), points, code and notes. */
#include "cli/plain_text.h"

#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* Width to wrap at, or 0 for no wrapping. */
int plain_width(void)
{
    struct winsize ws;
    if (!isatty(STDOUT_FILENO))
        return 0;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
        return ws.ws_col > 100 ? 100 : ws.ws_col;
    return 80;
}

/* Display width of a UTF-8 string, counting each character as one column. */
int plain_columns(const char *s, size_t len)
{
    int cols = 0;
    for (size_t i = 0; i < len; i++)
        cols += ((unsigned char)s[i] & 0xC0) != 0x80;
    return cols;
}

/* Prints first + text, wrapped to width; continuation lines start with
 * indent spaces. width 0 prints it on one line. */
void plain_wrapped(const char *first, const char *text, int indent, int width)
{
    fputs(first, stdout);
    int col = plain_columns(first, strlen(first));
    if (width <= 0) {
        printf("%s\n", text);
        return;
    }
    const char *p = text;
    int line_has_word = 0;
    while (*p) {
        size_t word = strcspn(p, " ");
        int cols = plain_columns(p, word);
        if (line_has_word && col + 1 + cols > width) {
            printf("\n%*s", indent, "");
            col = indent;
            line_has_word = 0;
        }
        if (line_has_word) {
            putchar(' ');
            col++;
        }
        fwrite(p, 1, word, stdout);
        col += cols;
        line_has_word = 1;
        p += word;
        while (*p == ' ')
            p++;
    }
    putchar('\n');
}

void plain_point(const content_point *pt, const char *marker, int indent, int width)
{
    char first[256];
    if (pt->term)
        snprintf(first, sizeof first, "%*s%s%s:%s", indent, "", marker, pt->term,
                 *pt->text ? " " : "");
    else
        snprintf(first, sizeof first, "%*s%s", indent, "", marker);
    plain_wrapped(first, pt->text, indent + (int)strlen(marker), width);
    for (size_t i = 0; i < pt->bullet_count; i++)
        plain_point(&pt->bullets[i], "- ", indent + (int)strlen(marker), width);
}

void plain_paragraphs(char **paras, size_t count, int width)
{
    for (size_t i = 0; i < count; i++) {
        plain_wrapped("", paras[i], 0, width);
        putchar('\n');
    }
}

void plain_code(const char *code)
{
    const char *line = code;
    while (*line) {
        size_t len = strcspn(line, "\n");
        printf("%s%.*s\n", len ? "    " : "", (int)len, line);
        line += len;
        if (*line == '\n')
            line++;
    }
}

void plain_heading(const char *title, char underline)
{
    printf("%s\n", title);
    for (int i = plain_columns(title, strlen(title)); i > 0; i--)
        putchar(underline);
    printf("\n\n");
}

void plain_notes(const content_note *notes, size_t count, int width)
{
    for (size_t i = 0; i < count; i++) {
        char first[512];
        snprintf(first, sizeof first, "[Accuracy note] %s: ", notes[i].title);
        plain_wrapped(first, notes[i].text, 2, width);
        plain_wrapped("  How it was checked: ", notes[i].checked, 2, width);
        putchar('\n');
    }
}

