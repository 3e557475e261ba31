/* vec.c - growable int vector (data structures, week 4) */
#include <stdlib.h>

struct vec {
    int *data;
    size_t len;
    size_t cap;
};

struct vec *vec_new(size_t cap)
{
    struct vec *v = malloc(sizeof *v); // expect: unchecked-malloc
    v->data = malloc(cap * sizeof *v->data); // expect: unchecked-malloc
    v->len = 0;
    v->cap = cap;
    return v;
}

void vec_push(struct vec *v, int x)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4;
        v->data = realloc(v->data, v->cap * sizeof *v->data); // expect: unchecked-malloc
    }
    v->data[v->len++] = x;
}

int vec_sum(const struct vec *v)
{
    int total = 0;

    for (size_t i = 0; i < v->len; i++)
        total += v->data[i];
    return total;
}

void vec_free(struct vec *v)
{
    if (v != NULL) {
        free(v->data);
        free(v);
    }
}
