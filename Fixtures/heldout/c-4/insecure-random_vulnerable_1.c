/* pwgen-lite: generate N passwords of a given length for new accounts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char ALPHABET[] =
    "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%+=";

static void make_password(char *out, size_t len)
{
    size_t nalpha = sizeof ALPHABET - 1;
    for (size_t i = 0; i < len; i++)
        out[i] = ALPHABET[rand() % nalpha]; /* expect: insecure-random */
    out[len] = '\0';
}

int main(int argc, char **argv)
{
    int count = 1;
    int length = 14;
    int opt;
    char pw[65];

    while ((opt = getopt(argc, argv, "n:l:")) != -1) {
        switch (opt) {
        case 'n':
            count = atoi(optarg);
            break;
        case 'l':
            length = atoi(optarg);
            break;
        default:
            fprintf(stderr, "usage: %s [-n count] [-l length]\n", argv[0]);
            return 2;
        }
    }
    if (length < 8 || length > 64 || count < 1 || count > 100) {
        fputs("length must be 8..64 and count 1..100\n", stderr);
        return 2;
    }
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
    for (int i = 0; i < count; i++) {
        make_password(pw, (size_t)length);
        puts(pw);
    }
    return 0;
}
