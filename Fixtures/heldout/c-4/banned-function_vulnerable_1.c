/* tarls: list the members of a ustar archive with their owner names. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

struct ustar_header {
    char name[100];
    char mode[8];
    char uid[8];
    char gid[8];
    char size[12];
    char mtime[12];
    char chksum[8];
    char typeflag;
    char linkname[100];
    char magic[6];
    char version[2];
    char uname[32];
    char gname[32];
    char devmajor[8];
    char devminor[8];
    char prefix[155];
    char pad[12];
};

struct member {
    char path[128];
    char owner[40];
    unsigned long size;
};

static void describe(const struct ustar_header *h, struct member *m)
{
    char full[256];

    if (h->prefix[0] != '\0') {
        strcpy(full, h->prefix); /* expect: banned-function */
        strcat(full, "/"); /* expect: banned-function */
        strcat(full, h->name); /* expect: banned-function */
    } else {
        snprintf(full, sizeof full, "%.100s", h->name);
    }
    strcpy(m->path, full); /* expect: banned-function */
    snprintf(m->owner, sizeof m->owner, "%.32s:%.32s", h->uname, h->gname);
    m->size = strtoul(h->size, NULL, 8);
}

int main(int argc, char **argv)
{
    struct ustar_header h;
    struct member m;
    FILE *fp;

    if (argc != 2) {
        fprintf(stderr, "usage: %s archive.tar\n", argv[0]);
        return 2;
    }
    fp = fopen(argv[1], "rb");
    if (fp == NULL) {
        perror(argv[1]);
        return 1;
    }
    while (fread(&h, sizeof h, 1, fp) == 1 && h.name[0] != '\0') {
        describe(&h, &m);
        printf("%-40s %-20s %lu\n", m.path, m.owner, m.size);
        if (fseek(fp, (long)((m.size + 511) / 512 * 512), SEEK_CUR) != 0)
            break;
    }
    fclose(fp);
    return 0;
}
