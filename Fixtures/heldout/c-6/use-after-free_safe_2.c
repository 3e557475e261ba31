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
            int id = s->id;

            *link = s->next;
            session_destroy(s);
            fprintf(stderr, "expired session %d\n", id);
        } else {
            link = &s->next;
        }
    }
}
