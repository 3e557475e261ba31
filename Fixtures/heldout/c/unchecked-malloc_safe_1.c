/* vec.c (model answer) - growable int vector; every allocation is checked */
#include <stdlib.h>

struct vec {
    int *data;
    size_t len;
    size_t cap;
};

struct vec *vec_new(size_t cap)
{
    struct vec *v = malloc(sizeof *v);

    if (v == NULL)
        return NULL;
    v->data = malloc(cap * sizeof *v->data);
    if (!v->data) {
        free(v);
        return NULL;
    }
    v->len = 0;
    v->cap = cap;
    return v;
}

int vec_push(struct vec *v, int x)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 4;
        int *grown = realloc(v->data, cap * sizeof *grown);
        if (grown == NULL)
            return -1;
        v->data = grown;
        v->cap = cap;
    }
    v->data[v->len++] = x;
    return 0;
}

void vec_free(struct vec *v)
{
    if (v != NULL) {
        free(v->data);
        free(v);
    }
}
