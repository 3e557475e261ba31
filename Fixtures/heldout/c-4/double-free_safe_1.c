/* Header parsing for a tiny HTTP/1.0 daemon: collects Host and User-Agent. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct request {
    char *host;
    char *agent;
};

static char *dup_value(const char *line)
{
    const char *v = strchr(line, ':');
    if (v == NULL)
        return NULL;
    v++;
    while (*v == ' ')
        v++;
    return strndup(v, strcspn(v, "\r\n"));
}

int parse_headers(FILE *in, struct request *req)
{
    char line[1024];
    char *value = NULL;
    int rc = -1;

    while (fgets(line, sizeof line, in) != NULL) {
        if (line[0] == '\r' || line[0] == '\n') {
            rc = 0;
            break;
        }
        value = dup_value(line);
        if (value == NULL)
            goto out;
        if (strncasecmp(line, "Host:", 5) == 0) {
            if (req->host != NULL) {
                /* duplicate Host header: reject the request; value is freed below */
                goto out;
            }
            req->host = value;
        } else if (strncasecmp(line, "User-Agent:", 11) == 0) {
            free(req->agent);
            req->agent = value;
        } else {
            free(value);
        }
        value = NULL;
    }
out:
    free(value);
    return rc;
}

void request_clear(struct request *req)
{
    free(req->host);
    free(req->agent);
    req->host = req->agent = NULL;
}
