/* libmicrohttpd login endpoint: issues a session cookie after the password check. */
#include <microhttpd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

extern int check_password(const char *user, const char *password);
extern void session_store(const char *sid, const char *user);

static int new_session_id(char *out, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    unsigned char raw[16];
    size_t i;

    if (len != 2 * sizeof raw + 1 || getrandom(raw, sizeof raw, 0) != (ssize_t)sizeof raw)
        return -1;
    for (i = 0; i < sizeof raw; i++) {
        out[2 * i] = hex[raw[i] >> 4];
        out[2 * i + 1] = hex[raw[i] & 15];
    }
    out[2 * sizeof raw] = '\0';
    return 0;
}

enum MHD_Result login(void *cls, struct MHD_Connection *conn, const char *url, const char *method,
                      const char *version, const char *upload_data, size_t *upload_size, void **req_cls)
{
    const char *user = MHD_lookup_connection_value(conn, MHD_GET_ARGUMENT_KIND, "user");
    const char *pass = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "X-Password");
    struct MHD_Response *resp;
    char sid[33], cookie[96];
    enum MHD_Result ret;

    (void)cls; (void)url; (void)method; (void)version; (void)upload_data; (void)upload_size; (void)req_cls;
    if (user == NULL || pass == NULL || !check_password(user, pass) || new_session_id(sid, sizeof sid) != 0)
        return MHD_queue_response(conn, MHD_HTTP_FORBIDDEN,
                                  MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT));
    session_store(sid, user);
    snprintf(cookie, sizeof cookie, "sid=%s; HttpOnly; Secure", sid);
    resp = MHD_create_response_from_buffer(0, NULL, MHD_RESPMEM_PERSISTENT);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_SET_COOKIE, cookie);
    ret = MHD_queue_response(conn, MHD_HTTP_NO_CONTENT, resp);
    MHD_destroy_response(resp);
    return ret;
}
