/* thumb.cgi - CGI program that renders a thumbnail of a gallery image. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *param(const char *qs, const char *name, char *out, size_t cap)
{
    size_t len = strlen(name);
    const char *p = strstr(qs, name);
    if (p == NULL || p[len] != '=')
        return NULL;
    p += len + 1;
    size_t n = strcspn(p, "&");
    if (n >= cap)
        n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
    return out;
}

int main(void)
{
    const char *qs = getenv("QUERY_STRING");
    char img[128], width[16], cmd[512];

    if (qs == NULL || param(qs, "img", img, sizeof img) == NULL)
        return 1;
    if (param(qs, "w", width, sizeof width) == NULL)
        snprintf(width, sizeof width, "%s", "200");

    snprintf(cmd, sizeof cmd, "convert /srv/gallery/%s -thumbnail %sx%s png:-", img, width, width);
    printf("Content-Type: image/png\r\n\r\n");
    fflush(stdout);
    FILE *p = popen(cmd, "r"); // expect: command-injection
    if (p == NULL)
        return 1;
    char buf[4096];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0)
        fwrite(buf, 1, n, stdout);
    return pclose(p) == 0 ? 0 : 1;
}
