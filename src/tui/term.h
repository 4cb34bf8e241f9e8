/* term.h: the terminal under the TUI, as htop's CRT.c: whether it can be
 * used at all, curses started and stopped, colours and attributes for each
 * text role, and the terminal restored on every way out (quit, Ctrl-C,
 * SIGTERM, SIGHUP, and crashes, which are re-raised afterwards). */
#ifndef CONCLAB_TUI_TERM_H
#define CONCLAB_TUI_TERM_H

#include <signal.h>

/* Set by the SIGINT/SIGTERM/SIGHUP handler: the signal that asks conclab
 * to leave (0: none). The main loop polls it. */
extern volatile sig_atomic_t term_stop_signal;

/* 1 when stdin and stdout are terminals and $TERM names one that can
 * address the cursor (not dumb, not unknown). Writes nothing. */
int term_usable(void);

/* Starts curses on the terminal: locale, raw keys, no echo, keypad,
 * colours (unless $NO_COLOR), the signal handlers. Returns 0, or -1 when
 * curses cannot start (nothing was written then). */
int term_open(void);

/* Restores the terminal as it was; safe to call twice and from the crash
 * handler. */
void term_close(void);

/* on 1: Ctrl-S and Ctrl-Z reach the screen as keys (the editor's save and
 * undo) instead of stopping the output and suspending conclab; 0: as
 * before. */
void term_editing_keys(int on);

/* Hands the terminal to command run on file ("$EDITOR" "FILE"): curses
 * steps aside and the terminal is as the shell had it; once the command
 * ends, the screen comes back as it was. Ctrl-C goes to the command
 * alone. Returns its exit status (128 + N when killed by signal N, 127
 * when it cannot be run, -1 when it could not start). */
int term_hand_over(const char *command, const char *file);

/* 1 when the locale's character set is UTF-8 (box and bar glyphs). */
int term_utf8(void);

/* 1 when colours are in use. */
int term_color(void);

/* The curses attributes (colour pair included) of a rich_role. */
int term_attr(int role);

/* Extra roles for chrome, after the rich roles. */
enum term_role {
    TERM_BAR = 32,     /* title and status bars */
    TERM_SELECTED,     /* the selected row */
    TERM_FILL,         /* the filled part of a progress bar */
    TERM_EMPTY,        /* the empty part of a progress bar */
    TERM_GOOD,         /* well known / ok */
    TERM_BAD,          /* banners for deadlock, panic, lost update */
    TERM_BIG,          /* presentation text */
    TERM_ROLE_END
};

#endif
