/* tokens.c - split a command line into words for the mini shell */
#include <stdlib.h>
#include <string.h>

static char *last_word;

void free_words(char **words, int n)
{
    for (int i = 0; i < n; i++)
        free(words[i]);
    free(words);
}

char **split_words(const char *line, int *count)
{
    char **words = malloc(64 * sizeof *words);
    char *buf = strdup(line);
    char *tok;
    int n = 0;

    if (words == NULL || buf == NULL) {
        free(words);
        free(buf);
        return NULL;
    }
    for (tok = strtok(buf, " \t\n"); tok != NULL && n < 64; tok = strtok(NULL, " \t\n")) {
        words[n] = strdup(tok);
        if (words[n] == NULL) {
            free_words(words, n);
            free(buf);
            return NULL;
        }
        n++;
    }
    free(buf);
    /* remember the last word for "!$"; buf now holds a fresh allocation */
    buf = strdup(n > 0 ? words[n - 1] : "");
    free(last_word);
    last_word = buf;
    *count = n;
    return words;
}
