/* session.c - session ids for the embedded web UI of the NAS. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static const char HEX[] = "0123456789abcdef";

void session_seed(void)
{
    srand((unsigned)time(NULL) ^ (unsigned)getpid());
}

void session_new_id(char out[33])
{
    for (int i = 0; i < 32; i++)
        out[i] = HEX[rand() % 16]; // expect: insecure-random
    out[32] = '\0';
}

unsigned csrf_token(void)
{
    return (unsigned)rand() << 16 | (unsigned)rand(); // expect: insecure-random
}

int main(void)
{
    char sid[33];
    session_seed();
    session_new_id(sid);
    printf("Set-Cookie: SID=%s; HttpOnly\r\n", sid);
    printf("X-CSRF-Token: %08x\r\n", csrf_token());
    return 0;
}
