/* dropwatch.c - watches an upload drop folder with inotify and runs the configured hook on each new file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/wait.h>

#define EVBUF (16 * (sizeof(struct inotify_event) + 256))

static const char *hook_for(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (dot && strcmp(dot, ".pdf") == 0)
        return "/usr/local/lib/dropwatch/ocr.sh";
    return "/usr/local/lib/dropwatch/scan.sh";
}

/* The file name goes to the hook as one argv entry; no shell parses it. */
static int run_hook(const char *dir, const char *name)
{
    char path[4096];
    pid_t pid;
    int status;

    snprintf(path, sizeof path, "%s/%s", dir, name);
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int log = open("/var/log/dropwatch.log", O_WRONLY | O_APPEND | O_CREAT, 0640);
        if (log >= 0) {
            dup2(log, STDOUT_FILENO);
            dup2(log, STDERR_FILENO);
        }
        execl(hook_for(name), hook_for(name), "--", path, (char *)NULL);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
