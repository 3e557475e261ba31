/* dropwatch.c - watches an upload drop folder with inotify and runs the configured hook on each new file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/inotify.h>

#define EVBUF (16 * (sizeof(struct inotify_event) + 256))

static const char *hook_for(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (dot && strcmp(dot, ".pdf") == 0)
        return "/usr/local/lib/dropwatch/ocr.sh";
    return "/usr/local/lib/dropwatch/scan.sh";
}

static int run_hook(const char *dir, const char *name)
{
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s '%s/%s' >> /var/log/dropwatch.log 2>&1", hook_for(name), dir, name);
    return system(cmd); /* expect: command-injection */
}

int main(int argc, char **argv)
{
    char buf[EVBUF] __attribute__((aligned(__alignof__(struct inotify_event))));
    const char *dir = argc > 1 ? argv[1] : "/srv/drop";
    int fd = inotify_init1(IN_CLOEXEC);

    if (fd < 0 || inotify_add_watch(fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO) < 0) {
        perror("inotify");
        return 1;
    }
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        for (char *p = buf; p < buf + n;) {
            struct inotify_event *ev = (struct inotify_event *)p;
            if (ev->len > 0 && ev->name[0] != '.') {
                int rc = run_hook(dir, ev->name);
                if (rc != 0)
                    fprintf(stderr, "hook for %s exited %d\n", ev->name, rc);
            }
            p += sizeof *ev + ev->len;
        }
    }
    close(fd);
    return 0;
}
