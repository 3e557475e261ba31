/* echo_logger.c (fixed) - logs and echoes what clients send, formats are always literals */
#include <stdio.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <syslog.h>
#include <unistd.h>

static void report(const char *what)
{
    fprintf(stderr, "echo_logger: %s\n", what);
}

void handle_client(int fd)
{
    char msg[512];
    ssize_t n;

    openlog("echo_logger", LOG_PID, LOG_DAEMON);
    while ((n = recv(fd, msg, sizeof msg - 1, 0)) > 0) {
        msg[n] = '\0';
        printf("%s", msg);
        fputs(msg, stdout);
        syslog(LOG_INFO, "client said: %s", msg);
        if (send(fd, msg, (size_t)n, 0) < 0) {
            report(msg);
            break;
        }
    }
    closelog();
    close(fd);
}
