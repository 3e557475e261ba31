#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* from libwebsockets.h */
struct lws;
enum lws_callback_reasons { LWS_CALLBACK_ESTABLISHED = 0, LWS_CALLBACK_RECEIVE = 6 };
enum lws_write_protocol { LWS_WRITE_TEXT = 0 };
#define LWS_PRE 16
int lws_write(struct lws *wsi, unsigned char *buf, size_t len, enum lws_write_protocol wp);

struct player {
    char nick[24];
    unsigned long long resume_token;
};

static void greet(struct lws *wsi, struct player *p)
{
    unsigned char buf[LWS_PRE + 128];
    int n = snprintf((char *)buf + LWS_PRE, 128, "{\"nick\":\"%s\",\"resume\":\"%016llx\"}",
                     p->nick, p->resume_token);
    if (n > 0 && n < 128)
        lws_write(wsi, buf + LWS_PRE, (size_t)n, LWS_WRITE_TEXT);
}

int callback_lobby(struct lws *wsi, enum lws_callback_reasons reason, void *user, void *in, size_t len)
{
    struct player *p = user;
    static int seeded;
    if (!seeded) {
        srand48(time(NULL));
        seeded = 1;
    }
    switch (reason) {
    case LWS_CALLBACK_ESTABLISHED:
        snprintf(p->nick, sizeof p->nick, "guest");
        break;
    case LWS_CALLBACK_RECEIVE:
        if (len == 0 || len >= sizeof p->nick) return -1;
        memcpy(p->nick, in, len);
        p->nick[len] = '\0';
        p->resume_token = (unsigned long long)(drand48() * 1e18); // expect: insecure-random
        greet(wsi, p);
        break;
    }
    return 0;
}
