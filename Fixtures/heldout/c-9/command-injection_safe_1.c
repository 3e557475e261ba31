/* git post-receive hook: builds a release tarball for every pushed tag. */
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#define OUT_DIR "/srv/releases"

extern char **environ;

static int archive_tag(const char *tag, const char *rev)
{
    char prefix[128], output[256];
    pid_t pid;
    int status;

    if (strspn(tag, "abcdefghijklmnopqrstuvwxyz0123456789.-_v") != strlen(tag))
        return -1;
    snprintf(prefix, sizeof prefix, "--prefix=%s/", tag);
    snprintf(output, sizeof output, "%s/%s.tar.gz", OUT_DIR, tag);
    char *argv[] = { "git", "archive", "--format=tar.gz", prefix, "-o", output, (char *)rev, NULL };
    if (posix_spawnp(&pid, "git", NULL, NULL, argv, environ) != 0)
        return -1;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(void)
{
    char line[512];
    char old_rev[64], new_rev[64], ref[400];

    while (fgets(line, sizeof line, stdin) != NULL) {
        if (sscanf(line, "%63s %63s %399s", old_rev, new_rev, ref) != 3)
            continue;
        if (strncmp(ref, "refs/tags/", 10) != 0)
            continue;
        if (strspn(new_rev, "0") == strlen(new_rev))
            continue;
        if (archive_tag(ref + 10, new_rev) != 0)
            fprintf(stderr, "release: archive of %s failed\n", ref + 10);
    }
    return 0;
}
