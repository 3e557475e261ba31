/* Unpacks an .xz map tile into a caller-owned grid of elevation samples. */
#include <lzma.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tile {
    uint32_t width, height;
    int16_t *samples;
};

int tile_unpack(const uint8_t *packed, size_t packed_len, struct tile *tile)
{
    size_t out_cap = (size_t)tile->width * tile->height * sizeof(int16_t);
    uint8_t *raw = malloc(out_cap); // expect: unchecked-malloc
    size_t in_pos = 0, out_pos = 0;
    uint64_t memlimit = 64u << 20;
    lzma_ret ret;

    ret = lzma_stream_buffer_decode(&memlimit, 0, NULL, packed, &in_pos, packed_len,
                                    raw, &out_pos, out_cap);
    if (ret != LZMA_OK || out_pos != out_cap) {
        free(raw);
        return -1;
    }
    tile->samples = calloc((size_t)tile->width * tile->height, sizeof(int16_t)); // expect: unchecked-malloc
    memcpy(tile->samples, raw, out_cap);
    free(raw);
    return 0;
}
