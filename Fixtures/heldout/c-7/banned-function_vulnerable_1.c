/* libevent evhttp handler: /greet?user=NAME&lang=CODE renders a greeting card path. */
#include <event2/event.h>
#include <event2/http.h>
#include <event2/buffer.h>
#include <event2/keyvalq_struct.h>
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

    if (evhttp_parse_query_str(evhttp_uri_get_query(evhttp_request_get_evhttp_uri(req)), &query) != 0) {
        evhttp_send_error(req, HTTP_BADREQUEST, "bad query");
        return;
    }
    const char *user = evhttp_find_header(&query, "user");
    const char *lang = evhttp_find_header(&query, "lang");
    if (user == NULL || lang == NULL) {
        evhttp_clear_headers(&query);
        evhttp_send_error(req, HTTP_BADREQUEST, "missing user or lang");
        return;
    }

    strcpy(card.user, user); /* expect: banned-function */
    strcpy(card.template_path, root); /* expect: banned-function */
    strcat(card.template_path, lang); /* expect: banned-function */

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
