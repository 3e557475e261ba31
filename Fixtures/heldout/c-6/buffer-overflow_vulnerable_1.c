/* FUSE 3 file system exposing tagged notes; tags are stored as extended attributes. */
#define FUSE_USE_VERSION 31
#include <fuse3/fuse.h>
#include <errno.h>
#include <string.h>

struct note {
    char name[64];
    char tags[256];
    size_t tags_len;
};

extern struct note *note_lookup(const char *path);

static int notes_getxattr(const char *path, const char *name, char *value, size_t size)
{
    struct note *n = note_lookup(path);

    if (n == NULL)
        return -ENOENT;
    if (strcmp(name, "user.tags") != 0)
        return -ENODATA;
    if (size == 0)
        return (int)n->tags_len;
    memcpy(value, n->tags, n->tags_len); /* expect: buffer-overflow */
    return (int)n->tags_len;
}

static int notes_setxattr(const char *path, const char *name, const char *value, size_t size, int flags)
{
    struct note *n = note_lookup(path);

    (void)flags;
    if (n == NULL)
        return -ENOENT;
    if (strcmp(name, "user.tags") != 0)
        return -ENOTSUP;
    memcpy(n->tags, value, size); /* expect: buffer-overflow */
    n->tags_len = size;
    return 0;
}

const struct fuse_operations notes_ops = {
    .getxattr = notes_getxattr,
    .setxattr = notes_setxattr,
};
