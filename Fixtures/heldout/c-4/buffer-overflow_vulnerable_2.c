/* id3dump: print the title frame of an ID3v2.3 tag and a byte histogram of the frame ids. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

struct frame_header {
    char id[4];
    uint8_t size_be[4];
    uint8_t flags[2];
};

static uint32_t be32(const uint8_t *b)
{
    return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
}

int main(int argc, char **argv)
{
    uint8_t tag_header[10];
    struct frame_header fh;
    char title[64];
    unsigned seen[26] = {0};
    FILE *fp;

    if (argc < 2 || (fp = fopen(argv[1], "rb")) == NULL) {
        fputs("usage: id3dump file.mp3\n", stderr);
        return 2;
    }
    if (fread(tag_header, 1, sizeof tag_header, fp) != sizeof tag_header || memcmp(tag_header, "ID3", 3) != 0) {
        fclose(fp);
        return 1;
    }
    while (fread(&fh, sizeof fh, 1, fp) == 1 && fh.id[0] != '\0') {
        uint32_t size = be32(fh.size_be);
        seen[fh.id[3] - 'A']++; /* expect: buffer-overflow */
        if (memcmp(fh.id, "TIT2", 4) == 0) {
            if (fread(title, 1, size, fp) != size) /* expect: buffer-overflow */
                break;
            title[size - 1] = '\0'; /* expect: buffer-overflow */
            printf("title: %s\n", title + 1);
        } else if (fseek(fp, (long)size, SEEK_CUR) != 0) {
            break;
        }
    }
    for (int i = 0; i < 26; i++)
        if (seen[i])
            printf("frames ending in %c: %u\n", 'A' + i, seen[i]);
    fclose(fp);
    return 0;
}
