/* libuv: per-connection read buffers for a line protocol. */
#include <uv.h>
#include <stdlib.h>

struct conn {
    uv_tcp_t handle;
    char *pending;
};

extern int handle_chunk(struct conn *c, const char *data, size_t len);

static void on_close(uv_handle_t *h)
{
    struct conn *c = h->data;

    free(c->pending);
    free(c);
}

static void alloc_cb(uv_handle_t *h, size_t suggested, uv_buf_t *buf)
{
    char *base = malloc(suggested);

    (void)h;
    *buf = uv_buf_init(base, base ? (unsigned int)suggested : 0);
}

static void on_read(uv_stream_t *stream, ssize_t nread, const uv_buf_t *buf)
{
    struct conn *c = stream->data;

    if (nread < 0) {
        free(buf->base);
        uv_close((uv_handle_t *)stream, on_close);
    } else if (nread > 0 && handle_chunk(c, buf->base, (size_t)nread) != 0) {
        uv_close((uv_handle_t *)stream, on_close);
    }
    free(buf->base); /* expect: double-free */
}

int conn_start(struct conn *c)
{
    c->handle.data = c;
    return uv_read_start((uv_stream_t *)&c->handle, alloc_cb, on_read);
}
