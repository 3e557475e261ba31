/* libmosquitto agent on the kiosk: "kiosk/<id>/volume" messages set the speaker volume. */
#include <mosquitto.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int set_volume(long level)
{
    char arg[8];
    pid_t pid;
    int status;

    if (level < 0 || level > 100)
        return -1;
    snprintf(arg, sizeof arg, "%ld%%", level);
    pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execlp("amixer", "amixer", "-q", "sset", "Master", arg, (char *)NULL);
        _exit(127);
    }
    if (waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static void on_message(struct mosquitto *mosq, void *obj, const struct mosquitto_message *msg)
{
    char level[8];
    char *end;
    long value;

    (void)obj;
    if (msg->payloadlen <= 0 || msg->payloadlen >= (int)sizeof level || !strstr(msg->topic, "/volume"))
        return;
    memcpy(level, msg->payload, (size_t)msg->payloadlen);
    level[msg->payloadlen] = '\0';
    value = strtol(level, &end, 10);
    if (*end != '\0' || set_volume(value) != 0)
        mosquitto_publish(mosq, NULL, "kiosk/errors", 13, "volume failed", 1, false);
}

void install_handlers(struct mosquitto *mosq)
{
    mosquitto_message_callback_set(mosq, on_message);
    mosquitto_subscribe(mosq, NULL, "kiosk/+/volume", 1);
}
