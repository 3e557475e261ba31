/* adduser.c - creates a lab account with a temporary password and a salt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char ALNUM[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

int main(int argc, char **argv)
{
    char password[13], salt[17];
    const size_t n = sizeof ALNUM - 1;

    if (argc != 2) {
        fprintf(stderr, "usage: adduser LOGIN\n");
        return 2;
    }
    srandom((unsigned)time(NULL));
    for (int i = 0; i < 12; i++)
        password[i] = ALNUM[random() % n]; // expect: insecure-random
    password[12] = '\0';
    for (int i = 0; i < 16; i++)
        salt[i] = ALNUM[rand() % n]; // expect: insecure-random
    salt[16] = '\0';

    printf("%s:%s:%s\n", argv[1], salt, password);
    return 0;
}
