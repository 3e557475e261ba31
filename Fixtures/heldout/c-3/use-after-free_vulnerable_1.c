/* hashtab.c - string -> int hash table with separate chaining (data structures lab) */
#include <stdlib.h>
#include <string.h>

struct entry {
    char *key;
    int value;
    struct entry *next;
};

struct table {
    struct entry *buckets[256];
};

static unsigned hash(const char *s)
{
    unsigned h = 5381;
    while (*s)
        h = h * 33 + (unsigned char)*s++;
    return h & 255;
}

int table_remove(struct table *t, const char *key)
{
    struct entry **pp = &t->buckets[hash(key)];
    for (struct entry *e = *pp; e != NULL; pp = &e->next, e = e->next) {
        if (strcmp(e->key, key) == 0) {
            *pp = e->next;
            free(e->key);
            free(e);
            return e->value; /* expect: use-after-free */
        }
    }
    return -1;
}

void table_clear(struct table *t)
{
    for (int i = 0; i < 256; i++) {
        struct entry *e = t->buckets[i];
        while (e != NULL) {
            free(e->key);
            free(e);
            e = e->next; /* expect: use-after-free */
        }
        t->buckets[i] = NULL;
    }
}
