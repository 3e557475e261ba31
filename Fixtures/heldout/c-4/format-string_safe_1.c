/* gpsd-relay: forwards NMEA sentences from a TCP feed and logs the ones it rejects. */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <sys/socket.h>
#include <unistd.h>

static FILE *reject_log;

static void log_reject(const char *why, const char *sentence)
{
    fprintf(reject_log, "%s: %.200s\n", why, sentence);
}

static int checksum_ok(const char *s)
{
    const char *star = strrchr(s, '*');
    unsigned sum = 0, want = 0;
    if (s[0] != '$' || star == NULL)
        return 0;
    for (const char *p = s + 1; p < star; p++)
        sum ^= (unsigned char)*p;
    if (sscanf(star + 1, "%2x", &want) != 1)
        return 0;
    return sum == want;
}

void relay(int in_fd, int out_fd)
{
    char buf[512];
    ssize_t n;

    openlog("gpsd-relay", LOG_PID, LOG_DAEMON);
    while ((n = recv(in_fd, buf, sizeof buf - 1, 0)) > 0) {
        buf[n] = '\0';
        buf[strcspn(buf, "\r\n")] = '\0';
        if (!checksum_ok(buf)) {
            log_reject("bad checksum", buf);
            continue;
        }
        if (strncmp(buf, "$GPTXT", 6) == 0) {
            syslog(LOG_NOTICE, "receiver says: %s", buf + 7);
            continue;
        }
        if (write(out_fd, buf, strlen(buf)) < 0 || write(out_fd, "\r\n", 2) < 0)
            break;
    }
    closelog();
}

int main(void)
{
    reject_log = fopen("/var/log/gpsd-relay.rejects", "a");
    if (reject_log == NULL)
        reject_log = stderr;
    fputs("relay started\n", reject_log);
    relay(STDIN_FILENO, STDOUT_FILENO);
    return 0;
}
