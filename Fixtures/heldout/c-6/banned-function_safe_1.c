/* libmicrohttpd handler: greets a kiosk user and records the kiosk's location string. */
#include <microhttpd.h>
#include <stdio.h>
#include <string.h>

struct kiosk_ctx {
    char user[32];
    char location[64];
};

static enum MHD_Result send_text(struct MHD_Connection *conn, const char *text)
{
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(strlen(text), (void *)text, MHD_RESPMEM_MUST_COPY);
    enum MHD_Result ret = MHD_queue_response(conn, MHD_HTTP_OK, resp);
    MHD_destroy_response(resp);
    return ret;
}

enum MHD_Result greet(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                      const char *version, const char *upload_data, size_t *upload_size, void **req_cls)
{
    struct kiosk_ctx *ctx = cls;
    const char *user = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "user");
    const char *site = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-Kiosk-Site");
    char reply[128];
    int n;

    (void)url; (void)method; (void)version; (void)upload_data; (void)upload_size; (void)req_cls;
    if (user == NULL || site == NULL)
        return send_text(conn, "missing user or site\n");
    if (strnlen(user, sizeof ctx->user) == sizeof ctx->user)
        return send_text(conn, "user name too long\n");

    memcpy(ctx->user, user, strlen(user) + 1);
    n = snprintf(ctx->location, sizeof ctx->location, "site:%s", site);
    if (n < 0 || (size_t)n >= sizeof ctx->location)
        return send_text(conn, "site too long\n");
    snprintf(reply, sizeof reply, "hello %s at %s\n", ctx->user, ctx->location);
    return send_text(conn, reply);
}
