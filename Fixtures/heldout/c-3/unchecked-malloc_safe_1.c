/* ringbuf_safe.c - byte ring buffer with every allocation checked */
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct ringbuf {
    unsigned char *data;
    size_t cap, head, tail;
};

struct ringbuf *ringbuf_new(size_t cap)
{
    struct ringbuf *rb = malloc(sizeof *rb);
    if (!rb)
        return NULL;
    if ((rb->data = calloc(cap, 1)) == NULL) {
        free(rb);
        return NULL;
    }
    rb->cap = cap;
    rb->head = rb->tail = 0;
    return rb;
}

int ringbuf_grow(struct ringbuf *rb)
{
    size_t ncap = rb->cap * 2;
    unsigned char *p = realloc(rb->data, ncap);
    if (p == NULL)
        return -1;
    rb->data = p;
    if (rb->tail < rb->head) {
        memmove(rb->data + rb->cap, rb->data, rb->tail);
        rb->tail += rb->cap;
    }
    rb->cap = ncap;
    return 0;
}
