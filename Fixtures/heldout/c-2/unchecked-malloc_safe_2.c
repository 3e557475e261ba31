/* strset.c - open hashing string set used by the spell checker. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct strset {
    char **slots;
    size_t cap, len;
};

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n);
    if (q == NULL) {
        perror("spell: out of memory");
        exit(1);
    }
    return q;
}

static int grow(struct strset *set)
{
    size_t cap = set->cap ? set->cap * 2 : 64;
    char **slots = realloc(set->slots, cap * sizeof *slots);
    if (slots == NULL)
        return -1;
    memset(slots + set->cap, 0, (cap - set->cap) * sizeof *slots);
    set->slots = slots;
    set->cap = cap;
    return 0;
}

char *strset_intern(struct strset *set, const char *word)
{
    if ((set->len + 1) * 2 > set->cap && grow(set) != 0)
        return NULL;
    size_t n = strlen(word) + 1;
    char *copy = xrealloc(NULL, n);
    memcpy(copy, word, n);
    return copy;
}
