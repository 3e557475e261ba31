/* useradd_helper.c - create lab accounts with a temporary password and a salt */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define PW_LEN 12

static const char CHARS[] = "abcdefghjkmnpqrstuvwxyz23456789";

void temp_password(char pw[PW_LEN + 1])
{
    for (int i = 0; i < PW_LEN; i++) {
        long r = random(); // expect: insecure-random
        pw[i] = CHARS[r % (long)(sizeof CHARS - 1)];
    }
    pw[PW_LEN] = '\0';
}

void make_salt(unsigned char salt[16])
{
    for (int i = 0; i < 16; i++)
        salt[i] = (unsigned char)(rand() & 0xff); // expect: insecure-random
}

int main(int argc, char **argv)
{
    char pw[PW_LEN + 1];
    unsigned char salt[16];

    srandom((unsigned)getpid());
    for (int i = 1; i < argc; i++) {
        temp_password(pw);
        make_salt(salt);
        printf("%s %s salt=", argv[i], pw);
        for (int j = 0; j < 16; j++)
            printf("%02x", salt[j]);
        putchar('\n');
    }
    return 0;
}
