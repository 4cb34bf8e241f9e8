/* pthread.c: the runtime benchmarks' workloads on OS threads, for scale:
 * `ptbench WORKLOAD N`, last line ns_per_op=X (parked:
 * bytes_per_goroutine=X, per thread). A handoff is a one-slot mailbox
 * under a mutex and two condition variables; buffered is a 128-slot ring;
 * yield is sched_yield in two threads; spawn creates and joins threads;
 * select has no pthread counterpart. Built by run.sh with cc -O2. */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static long n_ops;

typedef struct ring {
    pthread_mutex_t mu;
    pthread_cond_t not_empty, not_full;
    long buf[128];
    int cap, len, head;
} ring;

static ring q = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, PTHREAD_COND_INITIALIZER,
                 {0}, 1, 0, 0};

static void ring_put(long v)
{
    pthread_mutex_lock(&q.mu);
    while (q.len == q.cap)
        pthread_cond_wait(&q.not_full, &q.mu);
    q.buf[(q.head + q.len++) % q.cap] = v;
    pthread_cond_signal(&q.not_empty);
    pthread_mutex_unlock(&q.mu);
}

static long ring_get(void)
{
    pthread_mutex_lock(&q.mu);
    while (q.len == 0)
        pthread_cond_wait(&q.not_empty, &q.mu);
    long v = q.buf[q.head];
    q.head = (q.head + 1) % q.cap;
    q.len--;
    pthread_cond_signal(&q.not_full);
    pthread_mutex_unlock(&q.mu);
    return v;
}

static void *consumer(void *arg)
{
    (void)arg;
    for (long i = 0; i < n_ops; i++)
        ring_get();
    return NULL;
}

static void *yielder(void *arg)
{
    (void)arg;
    for (long i = 0; i < n_ops; i++)
        sched_yield();
    return NULL;
}

static void *nothing(void *arg)
{
    return arg;
}

static pthread_mutex_t park_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t park_cv = PTHREAD_COND_INITIALIZER;
static int park_open;
static long parked_count;

static void *parker(void *arg)
{
    pthread_mutex_lock(&park_mu);
    parked_count++;
    while (!park_open)
        pthread_cond_wait(&park_cv, &park_mu);
    pthread_mutex_unlock(&park_mu);
    return arg;
}

static long rss_bytes(void)
{
    long pages = 0, res = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        if (fscanf(f, "%ld %ld", &pages, &res) != 2)
            res = 0;
        fclose(f);
    }
    return res * 4096;
}

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc != 3 || (n_ops = atol(argv[2])) <= 0) {
        fprintf(stderr, "usage: ptbench handoff|buffered|yield|spawn|parked N\n");
        return 1;
    }
    const char *w = argv[1];
    pthread_t t[2];
    double t0 = now_ns(), ops = (double)n_ops;
    if (!strcmp(w, "handoff") || !strcmp(w, "buffered")) {
        q.cap = !strcmp(w, "buffered") ? 128 : 1;
        pthread_create(&t[0], NULL, consumer, NULL);
        for (long i = 0; i < n_ops; i++)
            ring_put(i);
        pthread_join(t[0], NULL);
    } else if (!strcmp(w, "yield")) {
        pthread_create(&t[0], NULL, yielder, NULL);
        pthread_create(&t[1], NULL, yielder, NULL);
        pthread_join(t[0], NULL);
        pthread_join(t[1], NULL);
        ops *= 2;
    } else if (!strcmp(w, "spawn")) {
        pthread_t *all = malloc(sizeof *all * (size_t)n_ops);
        for (long i = 0; i < n_ops; i++)
            pthread_create(&all[i], NULL, nothing, NULL);
        for (long i = 0; i < n_ops; i++)
            pthread_join(all[i], NULL);
        free(all);
    } else if (!strcmp(w, "parked")) {
        pthread_t *all = malloc(sizeof *all * (size_t)n_ops);
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setstacksize(&attr, 64 * 1024);
        long before = rss_bytes();
        for (long i = 0; i < n_ops; i++)
            pthread_create(&all[i], &attr, parker, NULL);
        for (;;) {
            pthread_mutex_lock(&park_mu);
            long k = parked_count;
            pthread_mutex_unlock(&park_mu);
            if (k == n_ops)
                break;
            sched_yield();
        }
        long grew = rss_bytes() - before;
        pthread_mutex_lock(&park_mu);
        park_open = 1;
        pthread_cond_broadcast(&park_cv);
        pthread_mutex_unlock(&park_mu);
        for (long i = 0; i < n_ops; i++)
            pthread_join(all[i], NULL);
        free(all);
        printf("workload=parked n=%ld\nbytes_per_goroutine=%.0f\n", n_ops, (double)grew / ops);
        return 0;
    } else {
        fprintf(stderr, "ptbench: no pthread version of %s\n", w);
        return 1;
    }
    printf("workload=%s n=%ld\nns_per_op=%.2f\n", w, n_ops, (now_ns() - t0) / ops);
    return 0;
}
