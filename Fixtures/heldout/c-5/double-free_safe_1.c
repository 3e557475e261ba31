/* jthumb.c - decodes a JPEG with libjpeg at 1/4 scale and hands the rows to the thumbnail writer. */
#include <stdio.h>
#include <stdlib.h>
#include <setjmp.h>
#include <jpeglib.h>

int thumb_write(const char *out, unsigned char *pixels, unsigned w, unsigned h, int comps);

struct jerr {
    struct jpeg_error_mgr pub;
    jmp_buf jump;
};

static void on_error(j_common_ptr cinfo)
{
    struct jerr *err = (struct jerr *)cinfo->err;
    longjmp(err->jump, 1);
}

int make_thumb(const char *in, const char *out)
{
    struct jpeg_decompress_struct cinfo;
    struct jerr err;
    unsigned char *volatile pixels = NULL;
    FILE *fp = fopen(in, "rb");
    size_t stride;
    int rc = -1;

    if (!fp)
        return -1;
    cinfo.err = jpeg_std_error(&err.pub);
    err.pub.error_exit = on_error;
    if (setjmp(err.jump))
        goto fail;
    jpeg_create_decompress(&cinfo);
    jpeg_stdio_src(&cinfo, fp);
    jpeg_read_header(&cinfo, TRUE);
    cinfo.scale_num = 1;
    cinfo.scale_denom = 4;
    jpeg_start_decompress(&cinfo);
    stride = (size_t)cinfo.output_width * cinfo.output_components;
    pixels = malloc(stride * cinfo.output_height);
    if (!pixels)
        goto fail;
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = pixels + cinfo.output_scanline * stride;
        jpeg_read_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_decompress(&cinfo);
    if (thumb_write(out, pixels, cinfo.output_width, cinfo.output_height, cinfo.output_components) != 0) {
        fprintf(stderr, "%s: cannot write thumbnail\n", out);
        goto fail;
    }
    rc = 0;
fail:
    free(pixels);
    jpeg_destroy_decompress(&cinfo);
    fclose(fp);
    return rc;
}
