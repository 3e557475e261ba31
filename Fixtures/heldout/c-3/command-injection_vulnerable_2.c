/* wifi_provision.c - MQTT handler on an embedded Linux gateway: topic gw/<id>/wifi */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <syslog.h>

struct mqtt_msg {
    const char *topic;
    const char *payload;
    size_t len;
};

void on_wifi_message(const struct mqtt_msg *m)
{
    char ssid[64], psk[64], cmd[256];

    if (sscanf(m->payload, "%63[^;];%63s", ssid, psk) != 2) {
        syslog(LOG_WARNING, "wifi: malformed payload on %s", m->topic);
        return;
    }
    snprintf(cmd, sizeof cmd, "wpa_passphrase \"%s\" \"%s\" > /etc/wpa_supplicant.conf", ssid, psk);
    if (system(cmd) != 0) { /* expect: command-injection */
        syslog(LOG_ERR, "wifi: wpa_passphrase failed");
        return;
    }
    system("systemctl restart wpa_supplicant");
}
