/* mkuser.c - creates a kiosk account with a temporary password and a salted hash entry. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

int store_account(const char *login, const char *salt, const char *temp_password);

static void fill_salt(char *salt, size_t n)
{
    static const char b64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    srand48(time(NULL));
    for (size_t i = 0; i + 1 < n; i++)
        salt[i] = b64[lrand48() & 63]; /* expect: insecure-random */
    salt[n - 1] = '\0';
}

static void temp_password(char *out, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++)
        out[i] = (char)('a' + (int)(drand48() * 26.0)); /* expect: insecure-random */
    out[n - 1] = '\0';
}

int main(int argc, char **argv)
{
    char salt[17], pw[13];

    if (argc != 2) {
        fprintf(stderr, "usage: mkuser LOGIN\n");
        return 2;
    }
    fill_salt(salt, sizeof salt);
    temp_password(pw, sizeof pw);
    if (store_account(argv[1], salt, pw) != 0)
        return 1;
    printf("account %s created, temporary password: %s\n", argv[1], pw);
    return 0;
}
