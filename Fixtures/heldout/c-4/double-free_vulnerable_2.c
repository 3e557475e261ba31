/* csvcut: print selected columns of a CSV file (exercise 7, systems programming). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char **split(const char *line, int *count)
{
    char *copy = strdup(line);
    char **cols = NULL;
    int n = 0;

    if (copy == NULL)
        return NULL;
    for (char *tok = strtok(copy, ",\n"); tok != NULL; tok = strtok(NULL, ",\n")) {
        char **grown = realloc(cols, (size_t)(n + 1) * sizeof *cols);
        if (grown == NULL) {
            free(cols);
            free(copy);
            return NULL;
        }
        cols = grown;
        cols[n++] = tok;
    }
    *count = n;
    if (n == 0) {
        free(cols);
        free(copy);
        return NULL;
    }
    return cols; /* cols[0] points at the start of copy */
}

int main(int argc, char **argv)
{
    char line[4096];
    int want = argc > 1 ? atoi(argv[1]) : 0;

    while (fgets(line, sizeof line, stdin) != NULL) {
        int n = 0;
        char **cols = split(line, &n);
        char *text;

        if (cols == NULL)
            continue;
        text = cols[0];
        if (want < 0 || want >= n) {
            fprintf(stderr, "row has only %d columns\n", n);
            free(text);
            free(cols);
            continue;
        }
        puts(cols[want]);
        free(cols[0]);
        free(text); /* expect: double-free */
        free(cols);
    }
    return 0;
}
