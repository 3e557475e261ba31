/* libmosquitto agent on the kiosk: "kiosk/<id>/volume" messages set the speaker volume. */
#include <mosquitto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int set_volume(const char *level)
{
    char cmd[160];
    int n = snprintf(cmd, sizeof cmd, "amixer -q sset Master %s%%", level);

    if (n < 0 || (size_t)n >= sizeof cmd)
        return -1;
    return system(cmd); /* expect: command-injection */
}

static void on_message(struct mosquitto *mosq, void *obj, const struct mosquitto_message *msg)
{
    char level[64];
    size_t len;

    (void)obj;
    if (msg->payloadlen <= 0 || !strstr(msg->topic, "/volume"))
        return;
    len = (size_t)msg->payloadlen < sizeof level - 1 ? (size_t)msg->payloadlen : sizeof level - 1;
    memcpy(level, msg->payload, len);
    level[len] = '\0';
    if (set_volume(level) != 0)
        mosquitto_publish(mosq, NULL, "kiosk/errors", 13, "volume failed", 1, false);
}

void install_handlers(struct mosquitto *mosq)
{
    mosquitto_message_callback_set(mosq, on_message);
    mosquitto_subscribe(mosq, NULL, "kiosk/+/volume", 1);
}
