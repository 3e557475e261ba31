#include <stdio.h>
#include <string.h>

/* from httpd.h / http_protocol.h */
typedef struct request_rec { const char *args; const char *uri; void *pool; void *server; } request_rec;
int ap_rprintf(request_rec *r, const char *fmt, ...);
int ap_rputs(const char *str, request_rec *r);
void ap_set_content_type(request_rec *r, const char *ct);
#define OK 0
#define DECLINED -1

static void greet(request_rec *r, const char *visitor)
{
    ap_rprintf(r, "<h1>Welcome back, %s</h1>\n", visitor);
}

static void keep_letters(char *s)
{
    char *w = s;
    for (; *s; s++)
        if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')) *w++ = *s;
    *w = '\0';
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
        keep_letters(visitor);
    }
    greet(r, visitor);
    ap_rputs("<p>Sign below.</p>\n", r);
    fprintf(stderr, "guestbook: %s\n", args);
    return OK;
}
