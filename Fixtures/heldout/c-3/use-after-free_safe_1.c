/* hashtab_safe.c - removal and clearing read what they need before freeing */
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

extern unsigned hash(const char *s);

int table_remove(struct table *t, const char *key)
{
    struct entry **pp = &t->buckets[hash(key)];
    for (struct entry *e = *pp; e != NULL; pp = &e->next, e = e->next) {
        if (strcmp(e->key, key) == 0) {
            int value = e->value;
            *pp = e->next;
            free(e->key);
            free(e);
            return value;
        }
    }
    return -1;
}

void table_clear(struct table *t)
{
    for (int i = 0; i < 256; i++) {
        struct entry *e = t->buckets[i];
        while (e != NULL) {
            struct entry *next = e->next;
            free(e->key);
            free(e);
            e = next;
        }
        t->buckets[i] = NULL;
    }
}
