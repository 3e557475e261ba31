/* dropaudit.c - records every file that lands in the upload drop folder, to syslog and a report. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <unistd.h>
#include <sys/inotify.h>

#define EVBUF (16 * (sizeof(struct inotify_event) + 256))

static void audit(FILE *report, const char *dir, const char *name, unsigned mask)
{
    syslog(LOG_NOTICE, "%s: %s/%s", (mask & IN_MOVED_TO) ? "moved" : "written", dir, name);
    fputs(name, report);
    fputc('\n', report);
}

int main(int argc, char **argv)
{
    char buf[EVBUF] __attribute__((aligned(__alignof__(struct inotify_event))));
    const char *dir = argc > 1 ? argv[1] : "/srv/drop";
    FILE *report = fopen("/var/lib/dropaudit/report.txt", "a");
    int fd = inotify_init1(IN_CLOEXEC);

    if (!report || fd < 0 || inotify_add_watch(fd, dir, IN_CLOSE_WRITE | IN_MOVED_TO) < 0) {
        perror("dropaudit");
        return 1;
    }
    openlog("dropaudit", LOG_PID, LOG_DAEMON);
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0)
            break;
        for (char *p = buf; p < buf + n;) {
            struct inotify_event *ev = (struct inotify_event *)p;
            if (ev->len > 0)
                audit(report, dir, ev->name, ev->mask);
            p += sizeof *ev + ev->len;
        }
        fflush(report);
    }
    closelog();
    fclose(report);
    close(fd);
    return 0;
}
