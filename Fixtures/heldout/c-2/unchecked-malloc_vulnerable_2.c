/* strset.c - open hashing string set used by the spell checker. */
#include <stdlib.h>
#include <string.h>

struct strset {
    char **slots;
    size_t cap, len;
};

static size_t hash(const char *s)
{
    size_t h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h;
}

static void grow(struct strset *set)
{
    size_t old = set->cap;
    set->cap = old ? old * 2 : 64;
    set->slots = realloc(set->slots, set->cap * sizeof *set->slots); // expect: unchecked-malloc
    memset(set->slots + old, 0, (set->cap - old) * sizeof *set->slots);
}

int strset_add(struct strset *set, const char *word)
{
    if ((set->len + 1) * 2 > set->cap)
        grow(set);
    size_t i = hash(word) % set->cap;
    while (set->slots[i] != NULL) {
        if (strcmp(set->slots[i], word) == 0)
            return 0;
        i = (i + 1) % set->cap;
    }
    size_t n = strlen(word) + 1;
    char *copy = malloc(n); // expect: unchecked-malloc
    memcpy(copy, word, n);
    set->slots[i] = copy;
    set->len++;
    return 1;
}
