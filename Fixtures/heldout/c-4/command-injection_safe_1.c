/* spoold: runs backup jobs queued as lines "<source> <host>:<dest>" in /var/spool/bk/queue. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/types.h>
#include <sys/wait.h>

#define QUEUE "/var/spool/bk/queue"

struct job {
    char source[256];
    char target[256];
};

static int parse_job(const char *line, struct job *j)
{
    return sscanf(line, "%255s %255s", j->source, j->target) == 2 ? 0 : -1;
}

static int all_digits(const char *s)
{
    if (*s == '\0')
        return 0;
    for (; *s; s++)
        if (*s < '0' || *s > '9')
            return 0;
    return 1;
}

/* rsync is started without a shell: each value is one argv entry, "--" ends the options */
static int run_job(const struct job *j, const char *bwlimit)
{
    char bwopt[32];
    pid_t pid;
    int status;

    snprintf(bwopt, sizeof bwopt, "--bwlimit=%s", all_digits(bwlimit) ? bwlimit : "5000");
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        char *const argv[] = { "rsync", "-a", bwopt, "--", (char *)j->source, (char *)j->target, NULL };
        execvp("rsync", argv);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(void)
{
    const char *bw = getenv("BK_BWLIMIT");
    char line[600];
    FILE *q = fopen(QUEUE, "r");

    if (q == NULL)
        return 0;
    /* the queue's summary uses a fixed command only */
    if (system("logger -t spoold 'queue run started'") != 0)
        fputs("logger unavailable\n", stderr);
    while (fgets(line, sizeof line, q) != NULL) {
        struct job j;
        if (parse_job(line, &j) != 0 || j.source[0] == '-' || j.target[0] == '-')
            continue;
        if (run_job(&j, bw ? bw : "5000") != 0)
            fprintf(stderr, "job failed: %s\n", j.source);
    }
    fclose(q);
    return 0;
}
