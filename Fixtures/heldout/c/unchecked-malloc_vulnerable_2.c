/* slurp.c - read a whole file into memory, and build a zeroed grid for the game of life */
#include <stdio.h>
#include <stdlib.h>

char *read_file(const char *path, long *size_out)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long size;

    if (f == NULL)
        return NULL;
    fseek(f, 0, SEEK_END);
    size = ftell(f);
    rewind(f);
    buf = malloc((size_t)size + 1); // expect: unchecked-malloc
    size = (long)fread(buf, 1, (size_t)size, f);
    buf[size] = '\0';
    fclose(f);
    *size_out = size;
    return buf;
}

unsigned char **grid_new(int rows, int cols)
{
    unsigned char **g = calloc((size_t)rows, sizeof *g); // expect: unchecked-malloc

    for (int r = 0; r < rows; r++)
        g[r] = calloc((size_t)cols, 1); // expect: unchecked-malloc
    return g;
}
