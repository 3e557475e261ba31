#include <stdio.h>
#include <string.h>
#include <expat.h>

typedef struct {
    char path[256];
    int depth;
    long hits;
} Walk;

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    Walk *w = data;
    (void)attrs;
    if (w->depth > 0)
        strcat(w->path, "/"); // expect: banned-function
    strcat(w->path, name); // expect: banned-function
    w->depth++;
    if (strcmp(w->path, "feed/entry/title") == 0)
        w->hits++;
}

static void XMLCALL on_end(void *data, const XML_Char *name)
{
    Walk *w = data;
    char *slash = strrchr(w->path, '/');
    (void)name;
    if (slash) *slash = '\0'; else w->path[0] = '\0';
    w->depth--;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s feed.xml\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 1; }
    Walk w = { .path = "", .depth = 0, .hits = 0 };
    XML_Parser p = XML_ParserCreate(NULL);
    XML_SetUserData(p, &w);
    XML_SetElementHandler(p, on_start, on_end);
    char chunk[4096];
    size_t n;
    int ok = 1;
    while (ok && (n = fread(chunk, 1, sizeof chunk, in)) > 0)
        ok = XML_Parse(p, chunk, (int)n, feof(in)) != XML_STATUS_ERROR;
    printf("%ld titles\n", w.hits);
    XML_ParserFree(p);
    fclose(in);
    return ok ? 0 : 1;
}
