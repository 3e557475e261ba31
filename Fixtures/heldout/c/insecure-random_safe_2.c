/* auth.c (fixed) - session tokens from the kernel CSPRNG; rand() only jitters retries */
#include <stdio.h>
#include <stdlib.h>
#include <sys/random.h>
#include <unistd.h>

static const char HEX[] = "0123456789abcdef";

int make_session_token(char *out, size_t len)
{
    unsigned char raw[16];

    if (len < 2 * sizeof raw + 1)
        return -1;
    if (getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
        return -1;
    for (size_t i = 0; i < sizeof raw; i++) {
        out[2 * i] = HEX[raw[i] >> 4];
        out[2 * i + 1] = HEX[raw[i] & 0x0f];
    }
    out[2 * sizeof raw] = '\0';
    return 0;
}

/* Retry with exponential backoff; the jitter only spreads clients apart. */
int with_retries(int (*op)(void), int attempts)
{
    unsigned delay_ms = 100;

    for (int i = 0; i < attempts; i++) {
        if (op() == 0)
            return 0;
        usleep((delay_ms + (unsigned)(rand() % 50)) * 1000);
        delay_ms *= 2;
    }
    return -1;
}
