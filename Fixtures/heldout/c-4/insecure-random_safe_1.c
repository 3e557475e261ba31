/* pwgen-lite: generate N passwords of a given length for new accounts. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char ALPHABET[] =
    "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%+=";

/* one unbiased index from /dev/urandom (rejection sampling on a byte) */
static int pick(FILE *urandom, size_t n)
{
    unsigned char b;
    unsigned limit = 256 - (256 % (unsigned)n);
    do {
        if (fread(&b, 1, 1, urandom) != 1)
            return -1;
    } while (b >= limit);
    return (int)(b % n);
}

static int make_password(FILE *urandom, char *out, size_t len)
{
    size_t nalpha = sizeof ALPHABET - 1;
    for (size_t i = 0; i < len; i++) {
        int k = pick(urandom, nalpha);
        if (k < 0)
            return -1;
        out[i] = ALPHABET[k];
    }
    out[len] = '\0';
    return 0;
}

int main(int argc, char **argv)
{
    int count = 1;
    int length = 14;
    int opt;
    char pw[65];
    FILE *urandom;

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
    urandom = fopen("/dev/urandom", "rb");
    if (urandom == NULL) {
        perror("/dev/urandom");
        return 1;
    }
    for (int i = 0; i < count; i++) {
        if (make_password(urandom, pw, (size_t)length) != 0)
            break;
        puts(pw);
    }
    fclose(urandom);
    return 0;
}
