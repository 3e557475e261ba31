/* svcctl.c - menu for the lab VM: the command comes from a fixed table, the pid is a number */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static const char *const ACTIONS[] = {
    "systemctl status nginx",
    "systemctl reload nginx",
    "journalctl -u nginx -n 50 --no-pager",
};
#define N_ACTIONS (sizeof ACTIONS / sizeof ACTIONS[0])

int main(int argc, char **argv)
{
    char line[16];
    char cmd[64];
    char *end;
    long choice;

    for (size_t i = 0; i < N_ACTIONS; i++)
        printf("%zu) %s\n", i + 1, ACTIONS[i]);
    if (fgets(line, sizeof line, stdin) == NULL)
        return 1;
    choice = strtol(line, &end, 10);
    if (end == line || choice < 1 || choice > (long)N_ACTIONS)
        return 1;
    if (system(ACTIONS[choice - 1]) != 0)
        return 1;

    if (argc > 1) {
        errno = 0;
        long pid = strtol(argv[1], &end, 10);
        if (errno != 0 || *end != '\0' || pid <= 1)
            return 2;
        snprintf(cmd, sizeof cmd, "kill -HUP %ld", pid);
        return system(cmd);
    }
    return 0;
}
