#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <expat.h>

struct text_acc {
    char *buf;
    size_t len;
    size_t cap;
    int in_note;
    int failed;
};

static void XMLCALL on_chars(void *data, const XML_Char *s, int n)
{
    struct text_acc *a = data;
    if (!a->in_note || a->failed) return;
    if (a->len + (size_t)n + 1 > a->cap) {
        size_t cap = (a->len + (size_t)n + 1) * 2;
        char *grown = realloc(a->buf, cap);
        if (!grown) {
            a->failed = 1;
            return;
        }
        a->buf = grown;
        a->cap = cap;
    }
    memcpy(a->buf + a->len, s, (size_t)n);
    a->len += (size_t)n;
    a->buf[a->len] = '\0';
}

static void XMLCALL on_start(void *data, const XML_Char *name, const XML_Char **attrs)
{
    (void)attrs;
    struct text_acc *a = data;
    if (strcmp(name, "note") == 0) a->in_note = 1;
}

static void XMLCALL on_end(void *data, const XML_Char *name)
{
    struct text_acc *a = data;
    if (strcmp(name, "note") == 0) a->in_note = 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) return 2;
    FILE *in = fopen(argv[1], "rb");
    if (!in) return 1;
    struct text_acc acc = { 0 };
    XML_Parser p = XML_ParserCreate("UTF-8");
    XML_SetUserData(p, &acc);
    XML_SetElementHandler(p, on_start, on_end);
    XML_SetCharacterDataHandler(p, on_chars);
    char chunk[2048];
    size_t n;
    while (!acc.failed && (n = fread(chunk, 1, sizeof chunk, in)) > 0)
        if (XML_Parse(p, chunk, (int)n, feof(in)) == XML_STATUS_ERROR) break;
    printf("%zu bytes of notes\n%s\n", acc.len, acc.buf ? acc.buf : "");
    free(acc.buf);
    XML_ParserFree(p);
    fclose(in);
    return acc.failed;
}
