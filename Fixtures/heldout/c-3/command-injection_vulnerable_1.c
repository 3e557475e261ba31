/* printq.c - send files to the department printer: printq <file>... */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    char cmd[512];
    const char *printer = getenv("PRINTER");
    int i;

    if (printer == NULL)
        printer = "lab-b204";
    for (i = 1; i < argc; i++) {
        snprintf(cmd, sizeof cmd, "lpr -P %s '%s'", printer, argv[i]);
        if (system(cmd) != 0) /* expect: command-injection */
            fprintf(stderr, "printq: could not queue %s\n", argv[i]);
    }

    snprintf(cmd, sizeof cmd, "lpq -P %s", printer);
    FILE *q = popen(cmd, "r"); /* expect: command-injection */
    if (q == NULL)
        return 1;
    char line[256];
    while (fgets(line, sizeof line, q) != NULL)
        fputs(line, stdout);
    return pclose(q) == 0 ? 0 : 1;
}
