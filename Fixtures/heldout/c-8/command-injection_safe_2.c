#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <unistd.h>
#include <sys/wait.h>

/*
 * CUPS backend: argv = job-id user title copies options [file]
 */
struct job {
    const char *id;
    const char *user;
};

static int is_token(const char *s)
{
    if (!*s || strlen(s) > 32) return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-') return 0;
    return 1;
}

static int archive_job(const struct job *j)
{
    char dest[128], spool[96];
    snprintf(dest, sizeof dest, "/var/spool/archive/%s-%s.tgz", j->user, j->id);
    snprintf(spool, sizeof spool, "/var/spool/cups/d%s-001", j->id);
    pid_t pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) {
        execl("/bin/tar", "tar", "-czf", dest, "--", spool, (char *)NULL);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
    struct job j = { argv[1], argv[2] };
    if (!is_token(j.id) || !is_token(j.user)) {
        fprintf(stderr, "ERROR: unexpected job id or user name\n");
        return 1;
    }
    return archive_job(&j) == 0 ? 0 : 1;
}
