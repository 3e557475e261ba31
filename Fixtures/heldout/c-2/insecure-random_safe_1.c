/* session.c - session ids for the embedded web UI of the NAS. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>

static const char HEX[] = "0123456789abcdef";

int session_new_id(char out[33])
{
    unsigned char raw[16];
    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
        return -1;
    for (int i = 0; i < 16; i++) {
        out[2 * i] = HEX[raw[i] >> 4];
        out[2 * i + 1] = HEX[raw[i] & 15];
    }
    out[32] = '\0';
    return 0;
}

int main(void)
{
    char sid[33];
    if (session_new_id(sid) != 0)
        return 1;
    printf("Set-Cookie: SID=%s; HttpOnly\r\n", sid);
    return 0;
}
