/* histogram.c - word length histogram over stdin, lab 3 */
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>

int main(int argc, char **argv)
{
    int max_len = argc > 1 ? atoi(argv[1]) : 20;
    int c, len = 0;

    if (max_len <= 0 || max_len > 1000)
        return 1;
    int *counts = malloc((size_t)(max_len + 1) * sizeof *counts); /* expect: unchecked-malloc */
    for (int i = 0; i <= max_len; i++)
        counts[i] = 0;

    while ((c = getchar()) != EOF) {
        if (isalpha(c)) {
            len++;
        } else if (len > 0) {
            counts[len > max_len ? max_len : len]++;
            len = 0;
        }
    }
    for (int i = 1; i <= max_len; i++)
        printf("%3d %d\n", i, counts[i]);
    free(counts);
    return 0;
}
