/* printq_safe.c - queue files with lpr through execvp, no shell involved */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int run_lpr(const char *printer, const char *file)
{
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        char *const argv[] = {"lpr", "-P", (char *)printer, "--", (char *)file, NULL};
        execvp("lpr", argv);
        _exit(127);
    }
    int status;
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int main(int argc, char **argv)
{
    const char *printer = getenv("PRINTER");
    if (printer == NULL || strspn(printer, "abcdefghijklmnopqrstuvwxyz0123456789-") != strlen(printer))
        printer = "lab-b204";
    for (int i = 1; i < argc; i++) {
        if (run_lpr(printer, argv[i]) != 0)
            fprintf(stderr, "printq: could not queue %s\n", argv[i]);
    }
    return system("lpq -a") == 0 ? 0 : 1;
}
