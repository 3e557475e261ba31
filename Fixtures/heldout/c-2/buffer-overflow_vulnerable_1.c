/* ppm.c - loads binary PPM (P6) images for the image-processing lab. */
#include <stdio.h>
#include <string.h>

#define MAX_PIXELS (640 * 480)

struct image {
    int width, height;
    char comment[64];
    unsigned char rgb[MAX_PIXELS * 3];
};

int ppm_load(FILE *f, struct image *img)
{
    char line[256];
    int maxval;

    if (fgets(line, sizeof line, f) == NULL || strncmp(line, "P6", 2) != 0)
        return -1;
    if (fgets(line, sizeof line, f) == NULL)
        return -1;
    if (line[0] == '#') {
        size_t len = strlen(line + 1);
        memcpy(img->comment, line + 1, len); // expect: buffer-overflow
        img->comment[len] = '\0';
        if (fgets(line, sizeof line, f) == NULL)
            return -1;
    }
    if (sscanf(line, "%d %d", &img->width, &img->height) != 2 || fscanf(f, "%d", &maxval) != 1 || maxval != 255)
        return -1;
    fgetc(f);
    size_t bytes = (size_t)img->width * img->height * 3;
    if (fread(img->rgb, 1, bytes, f) != bytes) // expect: buffer-overflow
        return -1;
    return 0;
}
