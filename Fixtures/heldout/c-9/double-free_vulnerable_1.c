/* Reads a zlib-compressed save slot for the puzzle game into memory. */
#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

struct save_slot {
    unsigned char *data;
    size_t len;
};

int load_slot(const char *path, struct save_slot *slot)
{
    unsigned char packed[8192];
    uLongf out_len = 64 * 1024;
    unsigned char *out;
    size_t n;
    FILE *fp = fopen(path, "rb");

    if (fp == NULL)
        return -1;
    n = fread(packed, 1, sizeof packed, fp);
    fclose(fp);

    out = malloc(out_len);
    if (out == NULL)
        return -1;
    if (uncompress(out, &out_len, packed, (uLong)n) != Z_OK) {
        fprintf(stderr, "save slot %s is damaged\n", path);
        free(out);
        goto fail;
    }
    slot->data = out;
    slot->len = out_len;
    return 0;

fail:
    free(out); // expect: double-free
    slot->data = NULL;
    slot->len = 0;
    return -1;
}
