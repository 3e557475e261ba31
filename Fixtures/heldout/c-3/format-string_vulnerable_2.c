/* techo.c - "tiny echo": prints its arguments, optionally to a socket given as fd */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    int fd = -1;
    int first = 1;

    if (argc > 2 && strcmp(argv[1], "-d") == 0) {
        fd = atoi(argv[2]);
        first = 3;
    }
    for (int i = first; i < argc; i++) {
        if (fd >= 0) {
            dprintf(fd, argv[i]); /* expect: format-string */
            dprintf(fd, i + 1 < argc ? " " : "\n");
        } else {
            printf(argv[i]); /* expect: format-string */
            putchar(i + 1 < argc ? ' ' : '\n');
        }
    }
    return 0;
}
