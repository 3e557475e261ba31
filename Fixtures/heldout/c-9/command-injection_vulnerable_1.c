/* git post-receive hook: builds a release tarball for every pushed tag. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUT_DIR "/srv/releases"

static int archive_tag(const char *tag, const char *rev)
{
    char cmd[512];

    snprintf(cmd, sizeof cmd,
             "git archive --format=tar.gz --prefix=%s/ -o %s/%s.tar.gz %s",
             tag, OUT_DIR, tag, rev);
    return system(cmd); // expect: command-injection
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
