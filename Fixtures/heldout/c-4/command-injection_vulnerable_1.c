/* spoold: runs backup jobs queued as lines "<source> <host>:<dest>" in /var/spool/bk/queue. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#define QUEUE "/var/spool/bk/queue"

struct job {
    char source[256];
    char target[256];
};

static int parse_job(const char *line, struct job *j)
{
    return sscanf(line, "%255s %255s", j->source, j->target) == 2 ? 0 : -1;
}

static int run_job(const struct job *j, const char *bwlimit)
{
    char cmd[700];
    snprintf(cmd, sizeof cmd, "rsync -a --bwlimit=%s %s %s", bwlimit, j->source, j->target);
    return system(cmd); /* expect: command-injection */
}

static long remote_free_kb(const struct job *j)
{
    char cmd[300], host[128], out[64];
    const char *colon = strchr(j->target, ':');
    long kb = -1;
    size_t n = colon ? (size_t)(colon - j->target) : 0;

    if (n == 0 || n >= sizeof host)
        return -1;
    memcpy(host, j->target, n);
    host[n] = '\0';
    snprintf(cmd, sizeof cmd, "ssh %s df -k --output=avail /srv | tail -1", host);
    FILE *p = popen(cmd, "r"); /* expect: command-injection */
    if (p == NULL)
        return -1;
    if (fgets(out, sizeof out, p) != NULL)
        kb = strtol(out, NULL, 10);
    pclose(p);
    return kb;
}

int main(void)
{
    const char *bw = getenv("BK_BWLIMIT");
    char line[600];
    FILE *q = fopen(QUEUE, "r");

    if (q == NULL)
        return 0;
    while (fgets(line, sizeof line, q) != NULL) {
        struct job j;
        if (parse_job(line, &j) != 0)
            continue;
        if (remote_free_kb(&j) == 0) {
            fprintf(stderr, "target full: %s\n", j.target);
            continue;
        }
        if (run_job(&j, bw ? bw : "5000") != 0)
            fprintf(stderr, "job failed: %s\n", j.source);
    }
    fclose(q);
    return 0;
}
