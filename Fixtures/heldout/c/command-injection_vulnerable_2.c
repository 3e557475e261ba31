/* backupd.c - receives a project name over TCP and archives it; also a local search mode */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <unistd.h>

void serve(int fd)
{
    char project[128];
    char cmd[320];
    ssize_t n = recv(fd, project, sizeof project - 1, 0);

    if (n <= 0)
        return;
    project[n] = '\0';
    project[strcspn(project, "\r\n")] = '\0';
    snprintf(cmd, sizeof cmd, "tar czf /var/backups/%s.tgz /srv/projects/%s", project, project);
    if (system(cmd) == 0) // expect: command-injection
        dprintf(fd, "ok\n");
    else
        dprintf(fd, "failed\n");
    close(fd);
}

int search_local(void)
{
    char pattern[100];
    char cmd[200];
    char line[512];
    FILE *out;

    fputs("search for: ", stdout);
    if (fgets(pattern, sizeof pattern, stdin) == NULL)
        return 1;
    pattern[strcspn(pattern, "\n")] = '\0';
    snprintf(cmd, sizeof cmd, "grep -rn '%s' /srv/projects", pattern);
    out = popen(cmd, "r"); // expect: command-injection
    if (out == NULL)
        return 1;
    while (fgets(line, sizeof line, out) != NULL)
        fputs(line, stdout);
    return pclose(out);
}
