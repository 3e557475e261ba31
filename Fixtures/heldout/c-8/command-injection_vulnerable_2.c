#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * CUPS backend: argv = job-id user title copies options [file]
 * DEVICE_URI comes from the queue configuration.
 */
struct job {
    const char *id;
    const char *user;
    const char *title;
    const char *uri;
};

static int archive_job(const struct job *j)
{
    char line[1024];
    int n = snprintf(line, sizeof line,
                     "tar -czf /var/spool/archive/%s-%s.tgz --transform 's/^/%s/' /var/spool/cups/d%s-001",
                     j->user, j->id, j->title, j->id);
    if (n < 0 || (size_t)n >= sizeof line)
        return -1;
    return system(line); // expect: command-injection
}

int main(int argc, char **argv)
{
    if (argc == 1) {
        puts("network archive \"Unknown\" \"Job archiver\"");
        return 0;
    }
    if (argc < 6) {
        fprintf(stderr, "ERROR: usage: %s job user title copies options [file]\n", argv[0]);
        return 1;
    }
    struct job j = { argv[1], argv[2], argv[3], getenv("DEVICE_URI") };
    if (!j.uri) {
        fprintf(stderr, "ERROR: no DEVICE_URI\n");
        return 1;
    }
    fprintf(stderr, "INFO: archiving job %s for %s\n", j.id, j.user);
    if (archive_job(&j) != 0) {
        fprintf(stderr, "ERROR: archive failed\n");
        return 1;
    }
    return 0;
}
