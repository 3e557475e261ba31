/* echo_logger.c - TCP service from the networking lab: logs and echoes what clients send */
#include <stdio.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <syslog.h>
#include <unistd.h>

static void report(const char *what)
{
    fprintf(stderr, what); // expect: format-string
    fputc('\n', stderr);
}

void handle_client(int fd)
{
    char msg[512];
    ssize_t n;

    openlog("echo_logger", LOG_PID, LOG_DAEMON);
    while ((n = recv(fd, msg, sizeof msg - 1, 0)) > 0) {
        msg[n] = '\0';
        printf(msg); // expect: format-string
        syslog(LOG_INFO, msg); // expect: format-string
        if (send(fd, msg, (size_t)n, 0) < 0) {
            report(msg);
            break;
        }
    }
    closelog();
    close(fd);
}
