/* evqueue.c - timer event queue of the lighting controller */
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
        free(ev);
        ev->fn(ev->id); /* expect: use-after-free */
    }
}

int cancel(int id)
{
    for (struct event **pp = &queue; *pp != NULL; pp = &(*pp)->next) {
        struct event *ev = *pp;
        if (ev->id == id) {
            *pp = ev->next;
            free(ev);
            printf("cancelled event %d at %u\n", id, ev->fire_at); /* expect: use-after-free */
            return 0;
        }
    }
    return -1;
}
