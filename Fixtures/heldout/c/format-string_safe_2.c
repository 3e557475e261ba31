/* log.c - printf-style logging for the scheduler project */
#include <stdarg.h>
#include <stdio.h>
#include <time.h>

static int verbose;

void log_set_verbose(int on)
{
    verbose = on;
}

/* The compiler checks every caller's format against the arguments. */
__attribute__((format(printf, 2, 3)))
void log_msg(const char *level, const char *fmt, ...)
{
    va_list ap;
    char ts[16];
    time_t now = time(NULL);
    struct tm tm;

    localtime_r(&now, &tm);
    strftime(ts, sizeof ts, "%H:%M:%S", &tm);
    fprintf(stderr, "%s [%s] ", ts, level);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void report_job(const char *name, int pid, double secs)
{
    log_msg("info", "job %s (pid %d) finished", name, pid);
    printf(verbose ? "%s: %.3f s\n" : "%s\n", name, secs);
}
