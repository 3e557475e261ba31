/* tokens_safe.c - split a config line; the copy is freed exactly once on each path */
#include <stdlib.h>
#include <string.h>

char **split_line(const char *line, int *count)
{
    char *copy = strdup(line);
    char **tokens = NULL;
    int n = 0;

    if (copy == NULL)
        return NULL;
    for (char *tok = strtok(copy, " \t"); tok != NULL; tok = strtok(NULL, " \t")) {
        char **grown = realloc(tokens, (size_t)(n + 2) * sizeof *grown);
        if (grown == NULL) {
            free(copy);
            copy = NULL;
            goto fail;
        }
        tokens = grown;
        tokens[n] = strdup(tok);
        if (tokens[n] == NULL)
            goto fail;
        tokens[++n] = NULL;
    }
    free(copy);
    *count = n;
    return tokens;

fail:
    for (int i = 0; i < n; i++)
        free(tokens[i]);
    free(tokens);
    free(copy);
    return NULL;
}
