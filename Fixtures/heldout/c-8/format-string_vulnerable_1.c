#include <stdio.h>
#include <string.h>

/* from httpd.h / http_protocol.h / http_log.h */
typedef struct request_rec { const char *args; const char *uri; void *pool; void *server; } request_rec;
int ap_rprintf(request_rec *r, const char *fmt, ...);
int ap_rputs(const char *str, request_rec *r);
void ap_set_content_type(request_rec *r, const char *ct);
char *ap_getword(void *p, const char **line, char stop);
#define OK 0
#define DECLINED -1

static void greet(request_rec *r, const char *visitor)
{
    char banner[256];
    snprintf(banner, sizeof banner, "<h1>Welcome back, %s</h1>\n", visitor);
    ap_rprintf(r, banner); // expect: format-string
}

int guestbook_handler(request_rec *r)
{
    if (!r->uri || strcmp(r->uri, "/guestbook") != 0)
        return DECLINED;
    ap_set_content_type(r, "text/html");
    const char *args = r->args ? r->args : "";
    char visitor[64] = "friend";
    if (strncmp(args, "name=", 5) == 0) {
        size_t n = strcspn(args + 5, "&");
        if (n >= sizeof visitor) n = sizeof visitor - 1;
        memcpy(visitor, args + 5, n);
        visitor[n] = '\0';
    }
    greet(r, visitor);
    ap_rputs("<p>Sign below.</p>\n", r);
    fprintf(stderr, "guestbook: ");
    fprintf(stderr, args); // expect: format-string
    fputc('\n', stderr);
    return OK;
}
