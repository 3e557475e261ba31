/* libevent evhttp: /login issues a session cookie after the password check. */
#include <event2/http.h>
#include <event2/buffer.h>
#include <event2/keyvalq_struct.h>
#include <stdio.h>
#include <sys/random.h>

/* accounts.c */
struct accounts;
int accounts_check_form(struct accounts *accounts, struct evhttp_request *req);
void accounts_store_session(struct accounts *accounts, struct evhttp_request *req, const char *sid);

static int new_session_id(char *out, size_t out_len)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[16];
    size_t i;

    if (out_len < 2 * sizeof raw + 1 || getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
        return -1;
    for (i = 0; i < sizeof raw; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 0x0f];
    }
    out[2 * sizeof raw] = '\0';
    return 0;
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
    if (new_session_id(sid, sizeof sid) != 0) {
        evhttp_send_error(req, HTTP_INTERNAL, "no entropy");
        return;
    }
    accounts_store_session(accounts, req, sid);
    snprintf(cookie, sizeof cookie, "sid=%s; HttpOnly; Secure; SameSite=Lax", sid);
    evhttp_add_header(evhttp_request_get_output_headers(req), "Set-Cookie", cookie);
    evhttp_send_reply(req, HTTP_OK, "OK", NULL);
}
