/* techo_safe.c - tiny echo with the arguments passed through "%s" */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEP_FMT "%s"

int main(int argc, char **argv)
{
    int fd = -1;
    int first = 1;
    int upper = 0;

    if (argc > 2 && strcmp(argv[1], "-d") == 0) {
        fd = atoi(argv[2]);
        first = 3;
    }
    if (getenv("TECHO_UPPER") != NULL)
        upper = 1;
    for (int i = first; i < argc; i++) {
        if (fd >= 0)
            dprintf(fd, "%s%s", argv[i], i + 1 < argc ? " " : "\n");
        else
            printf(upper ? "[%s]" : SEP_FMT, argv[i]);
    }
    if (fd < 0)
        puts("");
    return 0;
}
