#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct track {
    char *title;
    char *artist;
    struct track *next;
};

static void track_destroy(struct track *t)
{
    free(t->title);
    free(t->artist);
    free(t);
}

static struct track *track_parse(const char *line)
{
    struct track *t = calloc(1, sizeof *t);
    if (!t) return NULL;
    const char *sep = strchr(line, '\t');
    if (!sep) {
        free(t);
        return NULL;
    }
    t->title = strndup(line, (size_t)(sep - line));
    t->artist = strdup(sep + 1);
    if (!t->title || !t->artist) {
        track_destroy(t);
        return NULL;
    }
    t->artist[strcspn(t->artist, "\n")] = '\0';
    return t;
}

int main(int argc, char **argv)
{
    FILE *in = argc > 1 ? fopen(argv[1], "r") : stdin;
    if (!in) { perror("playlist"); return 1; }
    char line[512];
    struct track *head = NULL;
    while (fgets(line, sizeof line, in)) {
        struct track *t = track_parse(line);
        if (!t) continue;
        if (strlen(t->title) == 0) {
            track_destroy(t);
            free(t); // expect: double-free
            continue;
        }
        t->next = head;
        head = t;
    }
    for (struct track *t = head, *nx; t; t = nx) {
        nx = t->next;
        printf("%s - %s\n", t->artist, t->title);
        track_destroy(t);
    }
    if (in != stdin) fclose(in);
    return 0;
}
