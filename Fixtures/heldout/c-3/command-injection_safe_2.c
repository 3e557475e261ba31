/* gw_actions.c - MQTT "action" handler: only fixed commands, picked by number */
#include <stdio.h>
#include <stdlib.h>
#include <syslog.h>

static const char *const actions[] = {
    "systemctl restart wpa_supplicant",
    "systemctl restart mosquitto",
    "sync && reboot",
};

void on_action_message(const char *payload)
{
    char *end;
    long idx = strtol(payload, &end, 10);
    char cmd[128];

    if (end == payload || *end != '\0' || idx < 0 || idx >= (long)(sizeof actions / sizeof actions[0])) {
        syslog(LOG_WARNING, "action: bad index");
        return;
    }
    snprintf(cmd, sizeof cmd, "logger -t gw 'action %ld'", idx);
    system(cmd);
    if (system(actions[idx]) != 0)
        syslog(LOG_ERR, "action %ld failed", idx);
}
