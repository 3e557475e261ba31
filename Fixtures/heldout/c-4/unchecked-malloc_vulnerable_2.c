/* Exercise 9: an undo stack for the line editor. */
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

void undo_init(struct undo_stack *u)
{
    u->cap = 8;
    u->len = 0;
    u->items = calloc(u->cap, sizeof *u->items); /* expect: unchecked-malloc */
    u->items[0].line = -1;
}

int undo_push(struct undo_stack *u, int line, const char *before)
{
    char *copy = malloc(strlen(before) + 1);
    if (copy == NULL)
        return -1;
    memcpy(copy, before, strlen(before) + 1);
    if (u->len == u->cap) {
        u->cap *= 2;
        u->items = realloc(u->items, u->cap * sizeof *u->items); /* expect: unchecked-malloc */
    }
    u->items[u->len].line = line;
    u->items[u->len].before = copy;
    u->len++;
    return 0;
}

char *undo_pop(struct undo_stack *u, int *line)
{
    if (u->len == 0)
        return NULL;
    u->len--;
    *line = u->items[u->len].line;
    return u->items[u->len].before;
}
