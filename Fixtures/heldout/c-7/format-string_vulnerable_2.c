/* libmosquitto bridge: relays device status lines to syslog and the operator console. */
#include <mosquitto.h>
#include <glib.h>
#include <string.h>
#include <syslog.h>

static void console_note(const char *device, const char *status)
{
    gchar *note = g_strconcat(device, ": ", status, "\n", NULL);

    g_printerr(note); /* expect: format-string */
    g_free(note);
}

static void on_message(struct mosquitto *mosq, void *obj, const struct mosquitto_message *msg)
{
    char status[256];
    size_t len;
    const char *device = strrchr(msg->topic, '/');

    (void)mosq;
    (void)obj;
    if (device == NULL || msg->payloadlen <= 0)
        return;
    len = (size_t)msg->payloadlen < sizeof status - 1 ? (size_t)msg->payloadlen : sizeof status - 1;
    memcpy(status, msg->payload, len);
    status[len] = '\0';

    syslog(LOG_NOTICE, status); /* expect: format-string */
    console_note(device + 1, status);
}

void install_bridge(struct mosquitto *mosq)
{
    mosquitto_message_callback_set(mosq, on_message);
    mosquitto_subscribe(mosq, NULL, "devices/status/+", 0);
}
