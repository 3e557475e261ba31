/* strbuf.c - bounded string helpers for the course's mini shell.
 * Nothing here calls strcpy() or strcat(); every copy goes through str_copy/str_append. */
#include <stddef.h>
#include <string.h>

/* Copies at most size-1 bytes and always terminates; returns the length it tried to create. */
size_t str_copy(char *dst, const char *src, size_t size)
{
    size_t len = strlen(src);

    if (size > 0) {
        size_t n = len < size - 1 ? len : size - 1;
        memcpy(dst, src, n);
        dst[n] = '\0';
    }
    return len;
}

size_t str_append(char *dst, const char *src, size_t size)
{
    size_t used = strnlen(dst, size);

    if (used == size)
        return size + strlen(src);
    return used + str_copy(dst + used, src, size - used);
}

int build_prompt(char *out, size_t size, const char *user, const char *cwd)
{
    if (size == 0)
        return -1;
    out[0] = '\0';
    if (str_append(out, user, size) >= size ||
        str_append(out, ":", size) >= size ||
        str_append(out, cwd, size) >= size ||
        str_append(out, "$ ", size) >= size)
        return -1; /* truncated */
    return 0;
}
