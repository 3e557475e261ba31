/* ppm.c - load a binary PPM image for the image-processing lab */
#include <stdio.h>
#include <stdlib.h>

struct image {
    int width;
    int height;
    unsigned char *pixels;
};

int load_ppm(const char *path, struct image *img)
{
    FILE *f = fopen(path, "rb");
    unsigned char *pixels;
    size_t count;

    if (f == NULL)
        return -1;
    if (fscanf(f, "P6 %d %d 255", &img->width, &img->height) != 2 || fgetc(f) == EOF) {
        fclose(f);
        return -1;
    }
    count = (size_t)img->width * (size_t)img->height * 3;
    pixels = malloc(count);
    if (pixels == NULL) {
        fclose(f);
        return -1;
    }
    if (fread(pixels, 1, count, f) != count) {
        fprintf(stderr, "%s: truncated image\n", path);
        free(pixels);
        goto fail;
    }
    img->pixels = pixels;
    fclose(f);
    return 0;

fail:
    free(pixels); // expect: double-free
    fclose(f);
    return -1;
}
