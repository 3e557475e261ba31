/* pngload.c - loads an 8-bit RGBA PNG into row pointers for the sprite packer (libpng 1.6). */
#include <stdio.h>
#include <stdlib.h>
#include <png.h>

struct image {
    png_uint_32 width, height;
    png_bytep *rows;
};

struct image *image_load(const char *path)
{
    FILE *fp = fopen(path, "rb");
    png_structp png;
    png_infop info;
    struct image *img;
    size_t rowbytes;

    if (!fp)
        return NULL;
    png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    info = png ? png_create_info_struct(png) : NULL;
    if (!info) {
        png_destroy_read_struct(&png, NULL, NULL);
        fclose(fp);
        return NULL;
    }
    png_init_io(png, fp);
    png_read_info(png, info);
    png_set_expand(png);
    png_set_strip_16(png);
    png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    png_read_update_info(png, info);

    img = calloc(1, sizeof *img);
    if (!img) {
        png_destroy_read_struct(&png, &info, NULL);
        fclose(fp);
        return NULL;
    }
    img->width = png_get_image_width(png, info);
    img->height = png_get_image_height(png, info);
    rowbytes = png_get_rowbytes(png, info);
    img->rows = malloc(sizeof(png_bytep) * img->height); /* expect: unchecked-malloc */
    for (png_uint_32 y = 0; y < img->height; y++)
        img->rows[y] = malloc(rowbytes); /* expect: unchecked-malloc */
    png_read_image(png, img->rows);
    png_destroy_read_struct(&png, &info, NULL);
    fclose(fp);
    return img;
}
