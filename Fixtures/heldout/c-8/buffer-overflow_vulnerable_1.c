#include <stddef.h>
#include <string.h>
#include <stdio.h>

/* from libwebsockets.h */
struct lws;
enum lws_callback_reasons { LWS_CALLBACK_ESTABLISHED = 0, LWS_CALLBACK_CLOSED = 4, LWS_CALLBACK_RECEIVE = 6 };
int lws_is_final_fragment(struct lws *wsi);

struct draw_session {
    unsigned char frame[1024];
    size_t used;
    unsigned strokes;
};

static void apply_stroke(struct draw_session *s)
{
    s->strokes++;
    printf("stroke %u: %zu bytes\n", s->strokes, s->used);
    s->used = 0;
}

int callback_whiteboard(struct lws *wsi, enum lws_callback_reasons reason,
                        void *user, void *in, size_t len)
{
    struct draw_session *s = user;
    switch (reason) {
    case LWS_CALLBACK_ESTABLISHED:
        s->used = 0;
        s->strokes = 0;
        break;
    case LWS_CALLBACK_RECEIVE:
        memcpy(s->frame + s->used, in, len); // expect: buffer-overflow
        s->used += len;
        if (lws_is_final_fragment(wsi))
            apply_stroke(s);
        break;
    case LWS_CALLBACK_CLOSED:
        printf("session closed after %u strokes\n", s->strokes);
        break;
    }
    return 0;
}
