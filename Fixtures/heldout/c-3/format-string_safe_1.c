/* mqtt_log_safe.c - message payloads are always arguments, never formats */
#include <stdio.h>
#include <string.h>
#include <syslog.h>

static FILE *audit;

void audit_open(const char *path)
{
    audit = fopen(path, "a");
    openlog("gw-audit", LOG_PID, LOG_DAEMON);
}

void on_message(const char *topic, const char *payload)
{
    if (audit != NULL) {
        fprintf(audit, "%s ", topic);
        fputs(payload, audit);
        fputc('\n', audit);
    }
    if (strncmp(topic, "alarm/", 6) == 0)
        syslog(LOG_ALERT, "%s: %s", topic, payload);
}
