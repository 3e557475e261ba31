/* csvcut: print selected columns of a CSV file (exercise 7, systems programming). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct row {
    char *text;
    char **cols;
    int n;
};

static int split(const char *line, struct row *r)
{
    r->text = strdup(line);
    r->cols = NULL;
    r->n = 0;
    if (r->text == NULL)
        return -1;
    for (char *tok = strtok(r->text, ",\n"); tok != NULL; tok = strtok(NULL, ",\n")) {
        char **grown = realloc(r->cols, (size_t)(r->n + 1) * sizeof *r->cols);
        if (grown == NULL)
            return -1;
        r->cols = grown;
        r->cols[r->n++] = tok;
    }
    return 0;
}

static void row_free(struct row *r)
{
    free(r->cols);
    free(r->text);
    r->cols = NULL;
    r->text = NULL;
    r->n = 0;
}

int main(int argc, char **argv)
{
    char line[4096];
    int want = argc > 1 ? atoi(argv[1]) : 0;

    while (fgets(line, sizeof line, stdin) != NULL) {
        struct row r;

        if (split(line, &r) != 0) {
            row_free(&r);
            continue;
        }
        if (want < 0 || want >= r.n)
            fprintf(stderr, "row has only %d columns\n", r.n);
        else
            puts(r.cols[want]);
        row_free(&r);
    }
    return 0;
}
