/* libevent evhttp: /login issues a session cookie after the password check. */
#include <event2/http.h>
#include <event2/buffer.h>
#include <event2/keyvalq_struct.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

/* accounts.c */
struct accounts;
int accounts_check_form(struct accounts *accounts, struct evhttp_request *req);
void accounts_store_session(struct accounts *accounts, struct evhttp_request *req, const char *sid);

static int seeded;

static void new_session_id(char *out, size_t out_len)
{
    static const char hex[] = "0123456789abcdef";
    size_t i;

    if (!seeded) {
        srand((unsigned)time(NULL) ^ (unsigned)getpid());
        seeded = 1;
    }
    for (i = 0; i + 1 < out_len; i++)
        out[i] = hex[rand() % 16]; /* expect: insecure-random */
    out[out_len - 1] = '\0';
}

void login_cb(struct evhttp_request *req, void *arg)
{
    struct accounts *accounts = arg;
    char sid[33];
    char cookie[96];

    if (!accounts_check_form(accounts, req)) {
        evhttp_send_error(req, 401, "bad credentials");
        return;
    }
    new_session_id(sid, sizeof sid);
    accounts_store_session(accounts, req, sid);
    snprintf(cookie, sizeof cookie, "sid=%s; HttpOnly; Secure; SameSite=Lax", sid);
    evhttp_add_header(evhttp_request_get_output_headers(req), "Set-Cookie", cookie);
    evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}
