/* stamp.c - prints a timestamp with a label taken from the environment. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static const char *const FORMATS[] = { "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%s" };

int main(int argc, char **argv)
{
    const char *label = getenv("STAMP_LABEL");
    int style = argc > 1 ? atoi(argv[1]) : 0;
    time_t now = time(NULL);
    struct tm tm;
    char when[64];

    if (style < 0 || style > 2 || localtime_r(&now, &tm) == NULL)
        return 1;
    strftime(when, sizeof when, FORMATS[style], &tm);

    if (label != NULL)
        printf("%s ", label);
    printf("%s\n", when);
    fprintf(stderr, style == 2 ? "epoch seconds\n" : "local time\n");
    return 0;
}
