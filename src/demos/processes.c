/* processes.c: the Processes section's example, for real: it starts the
 * program `echo` as a separate process with posix_spawnp (no shell, as
 * exec.Command does), connects the child's standard output to a pipe, reads
 * everything the child writes and waits for it to exit. Then, as the example
 * does, it prints the output with Println, which adds a second newline. */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "demos/demos.h"
#include "rt/rt.h"

extern char **environ;

/* Runs argv[0] (found on PATH) with argv, capturing its standard output into
 * out (NUL-terminated, cut at outlen - 1 bytes). Returns 0 when the command
 * ran and exited with status 0; otherwise -1 with a Go-style message in err. */
static int command_output(char *const argv[], char *out, size_t outlen, char *err,
                          size_t errlen)
{
    int fds[2];
    if (pipe(fds) != 0) {
        snprintf(err, errlen, "pipe: %s", strerror(errno));
        return -1;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addclose(&actions, fds[0]); /* the child only writes */
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1); /* its stdout is the pipe */
    posix_spawn_file_actions_addclose(&actions, fds[1]);
    pid_t pid;
    int rc = posix_spawnp(&pid, argv[0], &actions, NULL, argv, environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    if (rc != 0) {
        close(fds[0]);
        snprintf(err, errlen, "exec: \"%s\": %s", argv[0], strerror(rc));
        return -1;
    }
    size_t used = 0;
    for (;;) {
        char buf[512];
        ssize_t n = read(fds[0], buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        size_t take = (size_t)n < outlen - 1 - used ? (size_t)n : outlen - 1 - used;
        memcpy(out + used, buf, take);
        used += take;
    }
    out[used] = '\0';
    close(fds[0]);
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) {
            snprintf(err, errlen, "wait: %s", strerror(errno));
            return -1;
        }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        snprintf(err, errlen, "exit status %d",
                 WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
        return -1;
    }
    return 0;
}

static void processes_main(void *arg)    /* func main() {                           */
{
    (void)arg;
    /* Running an external command */   /*     // Running an external command      */
    static char name[] = "echo", word[] = "Hello from GoLang";
    char *const cmd[] = {name, word, NULL};
                                         /*     cmd := exec.Command("echo", "Hello from GoLang") */
    char output[4096], err[256];
    if (command_output(cmd, output, sizeof output, err, sizeof err) != 0) {
                                         /*     output, err := cmd.Output()         */
                                         /*     if err != nil {                     */
        rt_panic("%s", err);             /*         panic(err)                      */
        return;
    }                                    /*     }                                   */

    say_partial("%s\n", output);         /*     fmt.Println(string(output))         */
    if (strcmp(output, "Hello from GoLang\n") != 0)
        demo_fail("echo wrote \"%s\"", output);
}                                        /* }                                       */

static const demo_part processes_parts[] = {
    {"the example as written: a real echo process", processes_main, DEMO_EXPECT_OK, 0},
};
const demo demo_processes = DEMO("processes", "processes", processes_parts);
