/* logfmt.c - prefix each line of a file with a timestamp and the host name */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void stamp(char *out)
{
    time_t now = time(NULL);
    struct tm tm;

    localtime_r(&now, &tm);
    sprintf(out, "%04d-%02d-%02d %02d:%02d:%02d", // expect: banned-function
            tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
            tm.tm_hour, tm.tm_min, tm.tm_sec);
}

int main(int argc, char **argv)
{
    char host[64];
    char prefix[128];
    char line[512];
    char ts[32];
    FILE *in = argc > 1 ? fopen(argv[1], "r") : stdin;

    if (in == NULL) {
        perror(argv[1]);
        return 1;
    }
    if (gethostname(host, sizeof host) != 0)
        strcpy(host, "unknown"); // expect: banned-function
    stamp(ts);
    sprintf(prefix, "[%s %s] ", ts, host); // expect: banned-function
    while (fgets(line, sizeof line, in) != NULL) {
        fputs(prefix, stdout);
        fputs(line, stdout);
    }
    if (in != stdin)
        fclose(in);
    return 0;
}
