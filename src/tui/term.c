/* term.c: the only place conclab starts and stops curses. Modelled on
 * htop's CRT.c: the terminal's state is saved before curses touches it and
 * restored on quit, on the signals that end a program and on a crash, which
 * is then re-raised so the exit status and core dump stay honest. */
#define _XOPEN_SOURCE_EXTENDED 1
#include "tui/term.h"

#include <curses.h>
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <termios.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tui/rich.h"

volatile sig_atomic_t term_stop_signal;

static int term_active;            /* 1 while curses owns the screen */
static int have_saved;             /* 1 when saved holds the tty state */
static struct termios saved;       /* the tty as it was before curses */
static SCREEN *screen;             /* the curses screen */
static int use_color;              /* 1: colour pairs are set up */
static int attrs[TERM_ROLE_END];   /* attributes of each role */

int term_usable(void)
{
    if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO))
        return 0;
    const char *name = getenv("TERM");
    if (!name || !*name || strcmp(name, "dumb") == 0 || strcmp(name, "unknown") == 0)
        return 0;
    int err = 0;
    if (setupterm(NULL, STDOUT_FILENO, &err) != OK)
        return 0;
    const char *cup = tigetstr("cup");
    int ok = cup && cup != (char *)-1;
    del_curterm(cur_term);
    return ok;
}

void term_close(void)
{
    if (term_active) {
        term_active = 0;
        curs_set(1);
        endwin();
        fflush(stdout);
    }
    if (have_saved)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
}

void term_editing_keys(int on)
{
    static struct termios before;
    static int changed;
    struct termios keys;
    if (on && !changed && tcgetattr(STDIN_FILENO, &keys) == 0) {
        before = keys;
        keys.c_iflag &= ~(tcflag_t)IXON;         /* Ctrl-S saves, not stops output */
        keys.c_cc[VSUSP] = _POSIX_VDISABLE;      /* Ctrl-Z undoes, not suspends */
        changed = tcsetattr(STDIN_FILENO, TCSANOW, &keys) == 0;
    } else if (!on && changed) {
        tcsetattr(STDIN_FILENO, TCSANOW, &before);
        changed = 0;
    }
    def_prog_mode(); /* what curses restores after a hand-over */
}

int term_hand_over(const char *command, const char *file)
{
    def_prog_mode();
    endwin();
    fflush(stdout);
    if (have_saved) /* the terminal as the shell left it */
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    /* as system() does: Ctrl-C in the program is the program's */
    struct sigaction ignore = {0}, old_int, old_quit;
    ignore.sa_handler = SIG_IGN;
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);
    int status = -1;
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGINT, SIG_DFL);
        signal(SIGQUIT, SIG_DFL);
        /* the command may hold options ("code --wait"): the shell splits it */
        execl("/bin/sh", "sh", "-c", "exec $0 \"$1\"", command, file, (char *)NULL);
        _exit(127);
    }
    if (pid > 0)
        while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
            ;
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGQUIT, &old_quit, NULL);
    reset_prog_mode();
    refresh();
    return pid < 0 ? -1 : WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

/* SIGINT, SIGTERM, SIGHUP: the main loop sees the flag within one input
 * poll, restores the terminal and exits with 128 + the signal. */
static void on_stop(int sig)
{
    term_stop_signal = sig;
}

/* SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT: restore, then die of it. */
static void on_crash(int sig)
{
    term_close();
    static const char msg[] = "conclab: crashed; the terminal was restored\n";
    if (write(STDERR_FILENO, msg, sizeof msg - 1) < 0) {
        /* nothing more can be done */
    }
    signal(sig, SIG_DFL);
    raise(sig);
}

static void install_handlers(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_handler = on_stop;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sa.sa_handler = on_crash;
    sa.sa_flags = SA_RESETHAND;
    static const int crashes[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
    for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++)
        sigaction(crashes[i], &sa, NULL);
    signal(SIGPIPE, SIG_IGN);
}

/* Role attributes in colour, or in monochrome with bold, underline,
 * reverse and dim only. */
static void set_attrs(void)
{
    static const struct {
        int role;
        short fg, bg;
        int mono;  /* attributes without colour */
        int extra; /* attributes added to the colour */
    } table[] = {
        {ROLE_TEXT, -1, -1, A_NORMAL, A_NORMAL},
        {ROLE_TITLE, COLOR_CYAN, -1, A_BOLD | A_UNDERLINE, A_BOLD},
        {ROLE_HEADING, COLOR_YELLOW, -1, A_BOLD, A_BOLD},
        {ROLE_TERM, -1, -1, A_BOLD, A_BOLD},
        {ROLE_CODE, COLOR_GREEN, -1, A_UNDERLINE, A_NORMAL},
        {ROLE_KEYWORD, COLOR_MAGENTA, -1, A_BOLD, A_BOLD},
        {ROLE_TYPE, COLOR_CYAN, -1, A_NORMAL, A_NORMAL},
        {ROLE_STRING, COLOR_GREEN, -1, A_UNDERLINE, A_NORMAL},
        {ROLE_COMMENT, COLOR_BLUE, -1, A_DIM, A_BOLD},
        {ROLE_NUMBER, COLOR_RED, -1, A_NORMAL, A_NORMAL},
        {ROLE_NOTE, COLOR_YELLOW, -1, A_NORMAL, A_NORMAL},
        {ROLE_NOTE_TITLE, COLOR_YELLOW, -1, A_BOLD | A_REVERSE, A_BOLD},
        {ROLE_DIM, -1, -1, A_DIM, A_DIM},
        {ROLE_LINK, COLOR_CYAN, -1, A_UNDERLINE, A_UNDERLINE},
        {ROLE_MARK, COLOR_BLACK, COLOR_GREEN, A_REVERSE | A_BOLD, A_BOLD},
        {TERM_BAR, COLOR_BLACK, COLOR_CYAN, A_REVERSE, A_NORMAL},
        {TERM_SELECTED, COLOR_BLACK, COLOR_YELLOW, A_REVERSE | A_BOLD, A_NORMAL},
        {TERM_FILL, COLOR_GREEN, -1, A_BOLD, A_NORMAL},
        {TERM_EMPTY, -1, -1, A_DIM, A_DIM},
        {TERM_GOOD, COLOR_GREEN, -1, A_BOLD, A_BOLD},
        {TERM_BAD, COLOR_WHITE, COLOR_RED, A_REVERSE | A_BOLD, A_BOLD},
        {TERM_BIG, -1, -1, A_BOLD, A_BOLD},
    };
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++) {
        int role = table[i].role;
        if (use_color) {
            short pair = (short)(i + 1);
            init_pair(pair, table[i].fg, table[i].bg);
            attrs[role] = (int)COLOR_PAIR(pair) | table[i].extra;
        } else {
            attrs[role] = table[i].mono;
        }
    }
}

int term_open(void)
{
    setlocale(LC_ALL, "");
    if (tcgetattr(STDIN_FILENO, &saved) == 0)
        have_saved = 1;
    screen = newterm(NULL, stdout, stdin);
    if (!screen)
        return -1;
    set_term(screen);
    term_active = 1;
    install_handlers();
    cbreak();
    noecho();
    nonl();
    keypad(stdscr, TRUE);
    set_escdelay(25);
    curs_set(0);
    const char *no_color = getenv("NO_COLOR");
    use_color = has_colors() && !(no_color && *no_color);
    if (use_color) {
        start_color();
        use_default_colors();
    }
    set_attrs();
    return 0;
}

int term_utf8(void)
{
    const char *set = nl_langinfo(CODESET);
    return set && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}

int term_color(void)
{
    return use_color;
}

int term_attr(int role)
{
    return role >= 0 && role < TERM_ROLE_END ? attrs[role] : (int)A_NORMAL;
}
