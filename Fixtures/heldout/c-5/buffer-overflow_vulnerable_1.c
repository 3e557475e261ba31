/* pngmeta.c - prints a PNG's title, author and comment from its tEXt/iTXt chunks (libpng 1.6). */
#include <stdio.h>
#include <string.h>
#include <png.h>

struct png_meta {
    char title[64];
    char author[48];
    char comments[4][80];
    int ncomments;
};

static void collect(struct png_meta *meta, png_structp png, png_infop info)
{
    png_textp text;
    int count = 0;

    png_get_text(png, info, &text, &count);
    for (int i = 0; i < count; i++) {
        size_t len = text[i].text_length;
        if (strcmp(text[i].key, "Title") == 0) {
            memcpy(meta->title, text[i].text, len); /* expect: buffer-overflow */
            meta->title[sizeof meta->title - 1] = '\0';
        } else if (strcmp(text[i].key, "Author") == 0 && len < sizeof meta->author) {
            memcpy(meta->author, text[i].text, len);
            meta->author[len] = '\0';
        } else if (strcmp(text[i].key, "Comment") == 0) {
            snprintf(meta->comments[meta->ncomments++], 80, "%s", text[i].text); /* expect: buffer-overflow */
        }
    }
}

int main(int argc, char **argv)
{
    struct png_meta meta = { .ncomments = 0 };
    FILE *fp;
    png_structp png;
    png_infop info;

    if (argc != 2)
        return 2;
    fp = fopen(argv[1], "rb");
    if (!fp)
        return 1;
    png = png_create_read_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL);
    info = png ? png_create_info_struct(png) : NULL;
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, NULL);
        fclose(fp);
        return 1;
    }
    png_init_io(png, fp);
    png_read_info(png, info);
    collect(&meta, png, info);
    printf("title: %s\nauthor: %s\ncomments: %d\n", meta.title, meta.author, meta.ncomments);
    png_destroy_read_struct(&png, &info, NULL);
    fclose(fp);
    return 0;
}
