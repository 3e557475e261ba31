/* libuv: timers that expire idle client sessions. */
#include <uv.h>
#include <stdio.h>
#include <stdlib.h>

struct session {
    uv_timer_t timer;
    int id;
    struct session *next;
};

static struct session *sessions;

static void session_destroy(struct session *s)
{
    uv_timer_stop(&s->timer);
    free(s);
}

void expire_all(int (*idle)(const struct session *))
{
    struct session **link = &sessions;

    while (*link != NULL) {
        struct session *s = *link;

        if (idle(s)) {
            session_destroy(s);
            *link = s->next; /* expect: use-after-free */
            fprintf(stderr, "expired session %d\n", s->id); /* expect: use-after-free */
        } else {
            link = &s->next;
        }
    }
}
