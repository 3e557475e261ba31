/* POSIX message-queue consumer: batches sensor readings before writing them to disk. */
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct batch {
    char **lines;
    size_t count, cap;
};

static void batch_add(struct batch *b, const char *msg, size_t len)
{
    char *copy = malloc(len + 1); // expect: unchecked-malloc

    memcpy(copy, msg, len);
    copy[len] = '\0';
    if (b->count < b->cap)
        b->lines[b->count++] = copy;
    else
        free(copy);
}

int main(void)
{
    struct mq_attr attr;
    struct batch b = { NULL, 0, 64 };
    mqd_t q = mq_open("/sensors", O_RDONLY);
    char *buf;

    if (q == (mqd_t)-1 || mq_getattr(q, &attr) != 0)
        return 1;
    buf = malloc((size_t)attr.mq_msgsize);
    b.lines = calloc(b.cap, sizeof *b.lines);
    if (buf == NULL || b.lines == NULL)
        return 1;
    for (;;) {
        ssize_t n = mq_receive(q, buf, (size_t)attr.mq_msgsize, NULL);
        if (n < 0)
            break;
        batch_add(&b, buf, (size_t)n);
        if (b.count == b.cap) {
            for (size_t i = 0; i < b.count; i++) {
                puts(b.lines[i]);
                free(b.lines[i]);
            }
            b.count = 0;
        }
    }
    free(buf);
    free(b.lines);
    mq_close(q);
    return 0;
}
