/* relayd.c - forwards sensor alerts received over UDP to syslog and the console. */
#include <netinet/in.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

int main(void)
{
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return 1;
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons(5140), .sin_addr.s_addr = htonl(INADDR_ANY) };
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) < 0)
        return 1;

    openlog("relayd", LOG_PID, LOG_DAEMON);
    char msg[1024];
    for (;;) {
        ssize_t n = recv(fd, msg, sizeof msg - 1, 0);
        if (n <= 0)
            continue;
        msg[n] = '\0';
        msg[strcspn(msg, "\n")] = '\0';
        if (strncmp(msg, "CRIT ", 5) == 0) {
            syslog(LOG_CRIT, msg + 5); // expect: format-string
            fprintf(stderr, msg); // expect: format-string
        } else {
            syslog(LOG_INFO, "%s", msg);
        }
    }
    close(fd);
    return 0;
}
