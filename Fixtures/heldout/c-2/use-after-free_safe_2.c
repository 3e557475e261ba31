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

unsigned long conn_close(int idx)
{
    struct conn *c = slots[idx];
    if (c == NULL)
        return 0;
    unsigned long bytes = c->bytes_in;
    fprintf(stderr, "closing %s after %lu bytes\n", c->nick, bytes);
    close(c->fd);
    free(c);
    c = NULL;
    slots[idx] = NULL;
    return bytes;
}

unsigned long conn_reap_idle(int (*idle)(const struct conn *))
{
    unsigned long reclaimed = 0;
    for (int i = 0; i < 256; i++) {
        if (slots[i] != NULL && idle(slots[i]))
            reclaimed += conn_close(i);
    }
    return reclaimed;
}
