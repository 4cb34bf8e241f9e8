/* test_store_util.h: what the store's test programs share: a fresh temp
 * folder per test, reading whole files, and checking nothing was created
 * beside a database. */
#ifndef CONCLAB_TEST_STORE_UTIL_H
#define CONCLAB_TEST_STORE_UTIL_H

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tsu_dir[256]; /* the temp folder of this test program */

static inline int tsu_rm(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    chmod(path, 0700);
    return remove(path);
}

static inline void tsu_cleanup(void)
{
    if (tsu_dir[0])
        nftw(tsu_dir, tsu_rm, 16, FTW_DEPTH | FTW_PHYS);
}

/* Makes a temp folder in base (or /tmp when base is not a writable folder),
 * removed at exit; returns it. */
static inline const char *tsu_tmpdir_in(const char *base)
{
    if (access(base, W_OK) != 0)
        base = "/tmp";
    snprintf(tsu_dir, sizeof tsu_dir, "%s/conclab-test-XXXXXX", base);
    if (!mkdtemp(tsu_dir)) {
        perror("mkdtemp");
        exit(1);
    }
    atexit(tsu_cleanup);
    return tsu_dir;
}

/* Makes the temp folder in /tmp. */
static inline const char *tsu_tmpdir(void)
{
    return tsu_tmpdir_in("/tmp");
}

/* A path inside the temp folder (static buffer per call site: copy it). */
static inline void tsu_path(char *out, size_t len, const char *name)
{
    snprintf(out, len, "%s/%s", tsu_dir, name);
}

/* Reads a whole file; returns a malloc'd buffer and its size, or NULL. */
static inline char *tsu_read(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *size = (size_t)n;
    }
    return buf;
}

/* Writes size bytes to path. */
static inline int tsu_write(const char *path, const void *data, size_t size)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    int ok = fwrite(data, 1, size, f) == size;
    return fclose(f) == 0 && ok ? 0 : -1;
}

/* 1 when path-wal, path-shm or path-journal exists. */
static inline int tsu_sidecars(const char *path)
{
    const char *ends[] = {"-wal", "-shm", "-journal"};
    for (int i = 0; i < 3; i++) {
        char p[512];
        struct stat st;
        snprintf(p, sizeof p, "%s%s", path, ends[i]);
        if (stat(p, &st) == 0)
            return 1;
    }
    return 0;
}

#endif
