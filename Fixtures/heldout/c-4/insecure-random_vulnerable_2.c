/* Session setup for a LAN chat daemon: each client gets a session key and a resume code. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define KEY_LEN 16

struct client_session {
    int fd;
    uint8_t key[KEY_LEN];
    char resume_code[9];
    time_t started;
};

static int seeded;

static void seed_once(void)
{
    if (!seeded) {
        srandom((unsigned)time(NULL));
        seeded = 1;
    }
}

void session_init(struct client_session *s, int fd)
{
    seed_once();
    memset(s, 0, sizeof *s);
    s->fd = fd;
    s->started = time(NULL);
    for (int i = 0; i < KEY_LEN; i++)
        s->key[i] = (uint8_t)(random() & 0xff); /* expect: insecure-random */
    long code = random() % 100000000L; /* expect: insecure-random */
    snprintf(s->resume_code, sizeof s->resume_code, "%08ld", code);
}

int session_resume(const struct client_session *s, const char *code)
{
    return strncmp(s->resume_code, code, sizeof s->resume_code) == 0;
}
