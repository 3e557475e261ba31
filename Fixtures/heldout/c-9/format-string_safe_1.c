/* Socket-activated line logger: each connection sends lines that go to the journal and a file. */
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static FILE *archive;

static void record(const char *line)
{
    sd_journal_print(LOG_INFO, "%s", line);
    if (archive != NULL)
        fprintf(archive, "%s\n", line);
}

static void serve(int fd)
{
    char buf[1024];
    ssize_t n;

    while ((n = read(fd, buf, sizeof buf - 1)) > 0) {
        buf[n] = '\0';
        for (char *line = strtok(buf, "\r\n"); line != NULL; line = strtok(NULL, "\r\n"))
            record(line);
    }
}

int main(void)
{
    int listen_fd;

    if (sd_listen_fds(0) != 1)
        return 1;
    listen_fd = SD_LISTEN_FDS_START;
    archive = fopen("/var/log/linelog/archive.log", "a");
    for (;;) {
        int fd = accept(listen_fd, NULL, NULL);
        if (fd < 0)
            continue;
        serve(fd);
        close(fd);
    }
}
