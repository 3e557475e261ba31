/* treewatch.c - keeps one inotify watch per directory of a tree; drops watches when directories go away. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/inotify.h>

struct watch {
    int wd;
    char *path;
    struct watch *next;
};

static struct watch *watches;

static void watch_release(struct watch *w)
{
    free(w->path);
    free(w);
}

void on_dir_deleted(int fd, int wd)
{
    struct watch **link = &watches;

    while (*link) {
        struct watch *w = *link;
        if (w->wd == wd) {
            *link = w->next;
            inotify_rm_watch(fd, w->wd);
            watch_release(w);
            return;
        }
        link = &w->next;
    }
}

void forget_all(int fd)
{
    struct watch *w = watches;

    while (w) {
        struct watch *next = w->next;
        inotify_rm_watch(fd, w->wd);
        free(w->path);
        free(w);
        w = next;
    }
    watches = NULL;
}
