/* pool.c - connection slots for the chat server. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct conn {
    int fd;
    char nick[32];
    unsigned long bytes_in;
};

static struct conn *slots[256];

void conn_close(int idx)
{
    struct conn *c = slots[idx];
    if (c == NULL)
        return;
    close(c->fd);
    free(c);
    slots[idx] = NULL;
    fprintf(stderr, "closed %s after %lu bytes\n", c->nick, c->bytes_in); // expect: use-after-free
}

unsigned long conn_reap_idle(int (*idle)(const struct conn *))
{
    unsigned long reclaimed = 0;
    for (int i = 0; i < 256; i++) {
        struct conn *c = slots[i];
        if (c != NULL && idle(c)) {
            conn_close(i);
            reclaimed += c->bytes_in; // expect: use-after-free
        }
    }
    return reclaimed;
}
