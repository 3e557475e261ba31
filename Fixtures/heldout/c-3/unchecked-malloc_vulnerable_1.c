/* ringbuf.c - byte ring buffer for the serial console driver */
#include <stdlib.h>
#include <string.h>
#include <stddef.h>

struct ringbuf {
    unsigned char *data;
    size_t cap, head, tail;
};

struct ringbuf *ringbuf_new(size_t cap)
{
    struct ringbuf *rb = malloc(sizeof *rb); /* expect: unchecked-malloc */
    rb->data = calloc(cap, 1); /* expect: unchecked-malloc */
    rb->cap = cap;
    rb->head = rb->tail = 0;
    rb->data[0] = 0;
    return rb;
}

int ringbuf_grow(struct ringbuf *rb)
{
    size_t ncap = rb->cap * 2;
    rb->data = realloc(rb->data, ncap); /* expect: unchecked-malloc */
    if (rb->tail < rb->head) {
        memmove(rb->data + rb->cap, rb->data, rb->tail);
        rb->tail += rb->cap;
    }
    rb->cap = ncap;
    return 0;
}
