/* playlist.c - doubly linked playlist for the music player exercise. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct track {
    char title[80];
    int seconds;
    struct track *prev, *next;
};

/* Removes every track shorter than min_seconds; returns the new head. */
struct track *drop_short(struct track *head, int min_seconds)
{
    struct track *t = head;
    while (t != NULL) {
        if (t->seconds < min_seconds) {
            if (t->prev)
                t->prev->next = t->next;
            else
                head = t->next;
            if (t->next)
                t->next->prev = t->prev;
            free(t);
            printf("removed %s\n", t->title); // expect: use-after-free
        }
        t = t->next; // expect: use-after-free
    }
    return head;
}

int total_seconds(const struct track *head)
{
    int sum = 0;
    for (const struct track *t = head; t != NULL; t = t->next)
        sum += t->seconds;
    return sum;
}
