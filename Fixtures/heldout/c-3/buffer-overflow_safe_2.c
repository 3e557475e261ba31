/* bmprow.c - read the pixel rows of a 24-bit BMP into a fixed row buffer */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAX_WIDTH 1920

static uint8_t row[MAX_WIDTH * 3 + 4];

long sum_red(FILE *fp, int32_t width, int32_t height)
{
    long total = 0;
    size_t stride;
    int32_t y, x;

    if (width <= 0 || width > MAX_WIDTH || height <= 0 || height > 10000)
        return -1;
    stride = ((size_t)width * 3 + 3) & ~(size_t)3;
    if (stride > sizeof row)
        return -1;
    for (y = 0; y < height; y++) {
        if (fread(row, 1, stride, fp) != stride)
            return -1;
        for (x = 0; x < width; x++)
            total += row[x * 3 + 2];
    }
    return total;
}

int copy_label(char *dst, size_t cap, const uint8_t *src, uint8_t len)
{
    if ((size_t)len + 1 > cap)
        return -1;
    memcpy(dst, src, len);
    dst[len] = '\0';
    return len;
}
