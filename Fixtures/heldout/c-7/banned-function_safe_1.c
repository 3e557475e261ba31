/* libevent evhttp handler: /greet?user=NAME&lang=CODE renders a greeting card path. */
#include <event2/event.h>
#include <event2/http.h>
#include <event2/buffer.h>
#include <event2/keyvalq_struct.h>
#include <stdio.h>
#include <string.h>

struct card_request {
    char user[32];
    char template_path[128];
};

static void greet_cb(struct evhttp_request *req, void *arg)
{
    const char *root = arg;
    struct evkeyvalq query;
    struct card_request card;
    struct evbuffer *out;
    size_t user_len;
    int n;

    if (evhttp_parse_query_str(evhttp_uri_get_query(evhttp_request_get_evhttp_uri(req)), &query) != 0) {
        evhttp_send_error(req, HTTP_BADREQUEST, "bad query");
        return;
    }
    const char *user = evhttp_find_header(&query, "user");
    const char *lang = evhttp_find_header(&query, "lang");
    if (user == NULL || lang == NULL || strspn(lang, "abcdefghijklmnopqrstuvwxyz") != strlen(lang)) {
        evhttp_clear_headers(&query);
        evhttp_send_error(req, HTTP_BADREQUEST, "missing user or bad lang");
        return;
    }

    user_len = strnlen(user, sizeof card.user);
    n = snprintf(card.template_path, sizeof card.template_path, "%s%s", root, lang);
    if (user_len == sizeof card.user || n < 0 || (size_t)n >= sizeof card.template_path) {
        evhttp_clear_headers(&query);
        evhttp_send_error(req, HTTP_BADREQUEST, "too long");
        return;
    }
    memcpy(card.user, user, user_len + 1);

    out = evbuffer_new();
    if (out != NULL) {
        evbuffer_add_printf(out, "card for %s from %s\n", card.user, card.template_path);
        evhttp_send_reply(req, HTTP_OK, "OK", out);
        evbuffer_free(out);
    }
    evhttp_clear_headers(&query);
}

int register_greet(struct evhttp *http, char *root)
{
    return evhttp_set_cb(http, "/greet", greet_cb, root);
}
