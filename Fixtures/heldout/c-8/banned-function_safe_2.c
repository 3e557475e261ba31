#include <stdio.h>
#include <string.h>
#include <expat.h>

typedef struct {
    char path[256];
    size_t used;
    int depth;
    long hits;
    int overflow;
} Walk;

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    Walk *w = data;
    (void)attrs;
    int wrote = snprintf(w->path + w->used, sizeof w->path - w->used, "%s%s",
                         w->depth > 0 ? "/" : "", name);
    if (wrote < 0 || (size_t)wrote >= sizeof w->path - w->used) {
        w->overflow = 1;
        return;
    }
    w->used += (size_t)wrote;
    w->depth++;
    if (strcmp(w->path, "feed/entry/title") == 0)
        w->hits++;
}

static void XMLCALL on_end(void *data, const XML_Char *name)
{
    Walk *w = data;
    (void)name;
    if (w->overflow) return;
    char *slash = strrchr(w->path, '/');
    if (slash) *slash = '\0'; else w->path[0] = '\0';
    w->used = strlen(w->path);
    w->depth--;
}

int main(int argc, char **argv)
{
    char name[64];
    if (argc < 2 || scanf("%63s", name) != 1) {
        fprintf(stderr, "usage: echo NAME | %s feed.xml\n", argv[0]);
        return 2;
    }
    FILE *in = fopen(argv[1], "rb");
    if (!in) { perror(argv[1]); return 1; }
    Walk w = { .path = "", .used = 0, .depth = 0, .hits = 0, .overflow = 0 };
    XML_Parser p = XML_ParserCreate(NULL);
    XML_SetUserData(p, &w);
    XML_SetElementHandler(p, on_start, on_end);
    char chunk[4096];
    size_t n;
    int ok = 1;
    while (ok && !w.overflow && (n = fread(chunk, 1, sizeof chunk, in)) > 0)
        ok = XML_Parse(p, chunk, (int)n, feof(in)) != XML_STATUS_ERROR;
    printf("%s: %ld titles\n", name, w.hits);
    XML_ParserFree(p);
    fclose(in);
    return ok && !w.overflow ? 0 : 1;
}
