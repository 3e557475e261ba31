/* request.c - parsed HTTP request for the mini web server */
#include <stdlib.h>
#include <string.h>

struct request {
    char *method;
    char *path;
    char *query;
    char *body;
};

void request_free(struct request *req)
{
    free(req->method);
    free(req->path);
    free(req->query);
    free(req->body);
    free(req->path); // expect: double-free
    free(req);
}

struct request *request_parse(const char *line)
{
    struct request *req = calloc(1, sizeof *req);
    char *copy = strdup(line);
    char *sp;

    if (req == NULL || copy == NULL) {
        free(req);
        free(copy);
        return NULL;
    }
    sp = strchr(copy, ' ');
    if (sp == NULL) {
        free(copy);
        request_free(req);
        free(copy); // expect: double-free
        return NULL;
    }
    *sp = '\0';
    req->method = copy;
    req->path = strdup(sp + 1);
    if (req->path == NULL) {
        request_free(req);
        return NULL;
    }
    return req;
}
