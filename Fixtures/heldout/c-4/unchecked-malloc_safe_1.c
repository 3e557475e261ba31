/* pgm.c: load binary PGM (P5) images for the edge-detection assignment. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct image {
    int width;
    int height;
    int maxval;
    unsigned char *pixels;
};

static int skip_comments(FILE *fp)
{
    int c;
    while ((c = fgetc(fp)) == '#' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        if (c == '#')
            while ((c = fgetc(fp)) != '\n' && c != EOF)
                ;
    }
    if (c == EOF)
        return -1;
    ungetc(c, fp);
    return 0;
}

struct image *pgm_load(const char *path)
{
    FILE *fp = fopen(path, "rb");
    char magic[3] = {0};
    int w, h, maxval;
    struct image *img = NULL;
    size_t npix;

    if (fp == NULL)
        return NULL;
    if (fread(magic, 1, 2, fp) != 2 || strcmp(magic, "P5") != 0 || skip_comments(fp) != 0 ||
        fscanf(fp, "%d %d %d", &w, &h, &maxval) != 3 || w <= 0 || h <= 0 || w > 8192 || h > 8192 ||
        maxval != 255)
        goto fail;
    fgetc(fp);
    npix = (size_t)w * (size_t)h;
    img = calloc(1, sizeof *img);
    if (!img)
        goto fail;
    img->width = w;
    img->height = h;
    img->maxval = maxval;
    if ((img->pixels = malloc(npix)) == NULL)
        goto fail;
    if (fread(img->pixels, 1, npix, fp) != npix)
        goto fail;
    fclose(fp);
    return img;
fail:
    if (img != NULL) {
        free(img->pixels);
        free(img);
    }
    fclose(fp);
    return NULL;
}
