/* auth.c - session tokens and password-reset codes for the course web app (CGI in C) */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static const char ALPHABET[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

void make_session_token(char *out, size_t len)
{
    srand((unsigned)time(NULL));
    for (size_t i = 0; i + 1 < len; i++)
        out[i] = ALPHABET[rand() % (sizeof ALPHABET - 1)]; // expect: insecure-random
    out[len - 1] = '\0';
}

int make_reset_code(void)
{
    return rand() % 1000000; // expect: insecure-random
}

int main(void)
{
    char token[33];

    make_session_token(token, sizeof token);
    printf("Set-Cookie: sid=%s; HttpOnly; Secure\r\n", token);
    printf("Content-Type: text/plain\r\n\r\n");
    printf("your reset code is %06d\n", make_reset_code());
    return 0;
}
