/* evqueue_safe.c - events run before they are released */
#include <stdio.h>
#include <stdlib.h>

struct event {
    int id;
    unsigned fire_at;
    void (*fn)(int id);
    struct event *next;
};

static struct event *queue;

void run_due(unsigned now)
{
    while (queue != NULL && queue->fire_at <= now) {
        struct event *ev = queue;
        queue = ev->next;
        ev->fn(ev->id);
        free(ev);
        ev = NULL;
    }
}

int cancel(int id)
{
    for (struct event **pp = &queue; *pp != NULL; pp = &(*pp)->next) {
        struct event *ev = *pp;
        if (ev->id == id) {
            unsigned when = ev->fire_at;
            *pp = ev->next;
            free(ev);
            printf("cancelled event %d at %u\n", id, when);
            return 0;
        }
    }
    return -1;
}
