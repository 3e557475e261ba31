/* Connection table of a line-based TCP proxy: idle connections are reaped every second. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

struct conn {
    int fd;
    time_t last_seen;
    unsigned long bytes;
    struct conn *next;
};

static struct conn *conns;

static void conn_close(struct conn *c)
{
    close(c->fd);
    free(c);
}

void reap_idle(time_t now, int timeout)
{
    struct conn **link = &conns;

    while (*link != NULL) {
        struct conn *c = *link;
        if (now - c->last_seen > timeout) {
            int fd = c->fd;
            unsigned long bytes = c->bytes;
            *link = c->next;
            conn_close(c);
            fprintf(stderr, "closed idle fd %d after %lu bytes\n", fd, bytes);
            continue;
        }
        link = &c->next;
    }
}

void drop_all(void)
{
    struct conn *c = conns;
    while (c != NULL) {
        struct conn *next = c->next;
        close(c->fd);
        free(c);
        c = next;
    }
    conns = NULL;
}
