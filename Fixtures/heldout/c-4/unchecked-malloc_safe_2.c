/* Exercise 9: an undo stack for the line editor. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct edit {
    int line;
    char *before;
};

struct undo_stack {
    struct edit *items;
    size_t len;
    size_t cap;
};

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (q == NULL) {
        fputs("editor: out of memory\n", stderr);
        exit(EXIT_FAILURE);
    }
    return q;
}

void undo_init(struct undo_stack *u)
{
    u->cap = 8;
    u->len = 0;
    u->items = xrealloc(NULL, u->cap * sizeof *u->items);
    u->items[0].line = -1;
}

int undo_push(struct undo_stack *u, int line, const char *before)
{
    size_t n = strlen(before) + 1;
    char *copy = malloc(n);
    if (!copy)
        return -1;
    memcpy(copy, before, n);
    if (u->len == u->cap) {
        struct edit *grown = realloc(u->items, u->cap * 2 * sizeof *u->items);
        if (grown == NULL) {
            free(copy);
            return -1;
        }
        u->items = grown;
        u->cap *= 2;
    }
    u->items[u->len].line = line;
    u->items[u->len].before = copy;
    u->len++;
    return 0;
}
