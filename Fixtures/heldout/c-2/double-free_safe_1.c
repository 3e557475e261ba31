/* upload.c - stores an uploaded firmware image after checking its header. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FW_MAGIC "FWIMG1"

int store_firmware(FILE *in, const char *dest, size_t size)
{
    int rc = -1;
    unsigned char *buf = malloc(size);
    if (buf == NULL)
        return -1;
    if (fread(buf, 1, size, in) != size)
        goto out;
    if (size < 6 || memcmp(buf, FW_MAGIC, 6) != 0) {
        fprintf(stderr, "upload: bad magic\n");
        free(buf);
        buf = NULL;
        goto out;
    }
    FILE *f = fopen(dest, "wb");
    if (f == NULL)
        goto out;
    rc = fwrite(buf, 1, size, f) == size ? 0 : -1;
    fclose(f);
out:
    free(buf);
    return rc;
}
