/* mqtt_log.c - log every message the gateway receives */
#include <stdio.h>
#include <string.h>
#include <syslog.h>
#include <time.h>

static FILE *audit;

void audit_open(const char *path)
{
    audit = fopen(path, "a");
    openlog("gw-audit", LOG_PID, LOG_DAEMON);
}

void on_message(const char *topic, const char *payload)
{
    char stamp[32];
    time_t now = time(NULL);

    strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%S", gmtime(&now));
    if (audit != NULL) {
        fprintf(audit, "%s %s ", stamp, topic);
        fprintf(audit, payload); /* expect: format-string */
        fputc('\n', audit);
        fflush(audit);
    }
    if (strncmp(topic, "alarm/", 6) == 0)
        syslog(LOG_ALERT, payload); /* expect: format-string */
}
