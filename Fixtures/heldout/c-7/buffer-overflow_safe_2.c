/* libarchive: lists the members of an uploaded theme bundle into a fixed manifest table. */
#include <archive.h>
#include <archive_entry.h>
#include <stdio.h>
#include <string.h>

#define MAX_MEMBERS 64
#define NAME_LEN 128

struct manifest {
    char names[MAX_MEMBERS][NAME_LEN];
    size_t count;
};

static int add_member(struct manifest *m, const char *name)
{
    size_t len = strlen(name);

    if (m->count >= MAX_MEMBERS || len >= NAME_LEN)
        return -1;
    memcpy(m->names[m->count], name, len + 1);
    m->count++;
    return 0;
}

int read_manifest(const char *bundle_path, struct manifest *m)
{
    struct archive *a = archive_read_new();
    struct archive_entry *entry;
    int r;

    if (a == NULL)
        return -1;
    archive_read_support_format_all(a);
    archive_read_support_filter_all(a);
    if (archive_read_open_filename(a, bundle_path, 10240) != ARCHIVE_OK) {
        fprintf(stderr, "cannot open %s: %s\n", bundle_path, archive_error_string(a));
        archive_read_free(a);
        return -1;
    }
    m->count = 0;
    while ((r = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
        if (add_member(m, archive_entry_pathname(entry)) != 0) {
            r = ARCHIVE_FATAL;
            break;
        }
        archive_read_data_skip(a);
    }
    archive_read_free(a);
    return r == ARCHIVE_EOF ? 0 : -1;
}
