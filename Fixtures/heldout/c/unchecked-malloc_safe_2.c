/* slurp.c (fixed) - read a whole file into memory; allocation failures are handled */
#include <stdio.h>
#include <stdlib.h>

static void *xmalloc(size_t n)
{
    void *p = malloc(n);

    if (p == NULL) {
        fprintf(stderr, "out of memory (%zu bytes)\n", n);
        exit(EXIT_FAILURE);
    }
    return p;
}

char *read_file(const char *path, long *size_out)
{
    FILE *f = fopen(path, "rb");
    char *buf;
    long size;

    if (f == NULL)
        return NULL;
    if (fseek(f, 0, SEEK_END) != 0 || (size = ftell(f)) < 0) {
        fclose(f);
        return NULL;
    }
    rewind(f);
    if ((buf = malloc((size_t)size + 1)) == NULL) {
        fclose(f);
        return NULL;
    }
    size = (long)fread(buf, 1, (size_t)size, f);
    buf[size] = '\0';
    fclose(f);
    *size_out = size;
    return buf;
}

char *dup_line(const char *s, size_t len)
{
    char *copy = xmalloc(len + 1);

    for (size_t i = 0; i < len; i++)
        copy[i] = s[i];
    copy[len] = '\0';
    return copy;
}
