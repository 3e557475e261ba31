/* netcheck.c (fixed) - ping a host without a shell: the host is one argv element */
#include <stdio.h>
#include <stdlib.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int run(char *const args[])
{
    int status;
    pid_t pid = fork();

    if (pid < 0)
        return -1;
    if (pid == 0) {
        execvp(args[0], args);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: %s HOST\n", argv[0]);
        return 2;
    }
    system("clear");
    char *ping[] = { "ping", "-c", "2", "--", argv[1], NULL };
    if (run(ping) != 0)
        fprintf(stderr, "host unreachable\n");
    char *dig[] = { "dig", "+short", argv[1], NULL };
    return run(dig) == 0 ? 0 : 1;
}
