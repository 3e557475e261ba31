/* histogram_safe.c - word length histogram; allocation failure reported */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (p == NULL) {
        fprintf(stderr, "out of memory\n");
        exit(1);
    }
    return p;
}

int main(int argc, char **argv)
{
    int max_len = argc > 1 ? atoi(argv[1]) : 20;
    int c, len = 0;

    if (max_len <= 0 || max_len > 1000)
        return 1;
    int *counts = xcalloc((size_t)max_len + 1, sizeof *counts);
    char *word = malloc((size_t)max_len + 1);
    if (word == NULL) {
        free(counts);
        return 1;
    }
    while ((c = getchar()) != EOF) {
        if (isalpha(c) && len < max_len) {
            word[len++] = (char)c;
        } else if (len > 0) {
            counts[len]++;
            len = 0;
        }
    }
    for (int i = 1; i <= max_len; i++)
        printf("%3d %d\n", i, counts[i]);
    free(word);
    free(counts);
    return 0;
}
