/* httpd_session.c - session cookies for the router's web UI (embedded httpd) */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <time.h>

struct session {
    char id[33];
    uint32_t csrf;
    time_t expires;
};

void session_init(struct session *s, const char *user)
{
    srandom((unsigned)time(NULL));
    snprintf(s->id, sizeof s->id, "%08lx%08lx%08lx%08lx",
             random(), random(), random(), random()); /* expect: insecure-random */
    s->csrf = (uint32_t)rand(); /* expect: insecure-random */
    s->expires = time(NULL) + 900;
    fprintf(stderr, "session for %s until %ld\n", user, (long)s->expires);
}
