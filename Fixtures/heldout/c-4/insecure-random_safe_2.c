/* Session setup for a LAN chat daemon: keys from getrandom, reconnect jitter from rand. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/random.h>

#define KEY_LEN 16

struct client_session {
    int fd;
    uint8_t key[KEY_LEN];
    char resume_code[9];
    time_t started;
};

int session_init(struct client_session *s, int fd)
{
    uint32_t code;

    memset(s, 0, sizeof *s);
    s->fd = fd;
    s->started = time(NULL);
    if (getrandom(s->key, sizeof s->key, 0) != (ssize_t)sizeof s->key)
        return -1;
    do {
        if (getrandom(&code, sizeof code, 0) != (ssize_t)sizeof code)
            return -1;
    } while (code >= 4200000000u); /* 42 * 10^8: keeps code % 10^8 uniform */
    snprintf(s->resume_code, sizeof s->resume_code, "%08u", (unsigned)(code % 100000000u));
    return 0;
}

/* reconnect delay: spreads clients out after a restart; not a secret */
unsigned reconnect_delay_ms(unsigned attempt)
{
    unsigned base = attempt < 6 ? (1u << attempt) * 250u : 16000u;
    return base + (unsigned)(rand() % 500);
}
