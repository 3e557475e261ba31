/* stamp.c - prints a timestamp using a format taken from the environment or argv. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
    const char *label = getenv("STAMP_LABEL");
    time_t now = time(NULL);
    struct tm tm;
    char when[64];

    if (localtime_r(&now, &tm) == NULL)
        return 1;
    strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", &tm);

    if (label != NULL)
        printf(label); // expect: format-string
    printf(" %s\n", when);

    if (argc > 1) {
        char line[256];
        snprintf(line, sizeof line, argv[1], when); // expect: format-string
        puts(line);
    }
    return 0;
}
