/* libevent bufferevent chat relay: a client that sends "QUIT" is dropped. */
#include <event2/bufferevent.h>
#include <event2/buffer.h>
#include <event2/event.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct client {
    struct bufferevent *bev;
    unsigned id;
    unsigned long lines;
    struct client *next;
};

static void drop_client(struct client *c)
{
    bufferevent_free(c->bev);
    free(c);
}

static void read_cb(struct bufferevent *bev, void *arg)
{
    struct client *c = arg;
    struct evbuffer *in = bufferevent_get_input(bev);
    size_t len;
    char *line;

    while ((line = evbuffer_readln(in, &len, EVBUFFER_EOL_CRLF)) != NULL) {
        c->lines++;
        if (strcmp(line, "QUIT") == 0) {
            free(line);
            drop_client(c);
            fprintf(stderr, "client %u left after %lu lines\n", c->id, c->lines); /* expect: use-after-free */
            return;
        }
        evbuffer_add_printf(bufferevent_get_output(bev), "%u: %s\r\n", c->id, line);
        free(line);
    }
}

void client_attach(struct client *c)
{
    bufferevent_setcb(c->bev, read_cb, NULL, NULL, c);
    bufferevent_enable(c->bev, EV_READ | EV_WRITE);
}
