/* FUSE 3 file system: readdir over an in-memory catalogue of build artifacts. */
#define FUSE_USE_VERSION 31
#include <fuse3/fuse.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct artifact {
    const char *job;
    int build;
};

extern size_t catalogue_count(void);
extern const struct artifact *catalogue_at(size_t i);

static char **artifact_names(size_t *count)
{
    size_t i, n = catalogue_count();
    char **names = calloc(n, sizeof *names); /* expect: unchecked-malloc */

    for (i = 0; i < n; i++) {
        const struct artifact *a = catalogue_at(i);
        size_t len = strlen(a->job) + 16;

        names[i] = malloc(len); /* expect: unchecked-malloc */
        snprintf(names[i], len, "%s-%d.tar", a->job, a->build);
    }
    *count = n;
    return names;
}

static int art_readdir(const char *path, void *buf, fuse_fill_dir_t fill, off_t off,
                       struct fuse_file_info *fi, enum fuse_readdir_flags flags)
{
    size_t i, n = 0;
    char **names;

    (void)off; (void)fi; (void)flags;
    if (strcmp(path, "/") != 0)
        return -ENOENT;
    names = artifact_names(&n);
    fill(buf, ".", NULL, 0, 0);
    fill(buf, "..", NULL, 0, 0);
    for (i = 0; i < n; i++) {
        fill(buf, names[i], NULL, 0, 0);
        free(names[i]);
    }
    free(names);
    return 0;
}

const struct fuse_operations artifact_ops = {
    .readdir = art_readdir,
};
