/* Chat relay over a message queue: long messages are shortened before they are forwarded. */
#include <fcntl.h>
#include <mqueue.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct chat_msg {
    char *nick;
    char *text;
};

static void shorten(struct chat_msg *msg, size_t limit)
{
    char *old = msg->text;

    if (strlen(old) <= limit)
        return;
    msg->text = strndup(old, limit);
    free(old);
    if (msg->text == NULL)
        fprintf(stderr, "dropping message from %s: %.40s\n", msg->nick, old); // expect: use-after-free
}

int forward(mqd_t out, const char *nick, const char *text)
{
    struct chat_msg msg;
    char frame[512];
    int rc;

    msg.nick = strdup(nick);
    msg.text = strdup(text);
    if (msg.nick == NULL || msg.text == NULL) {
        free(msg.nick);
        free(msg.text);
        return -1;
    }
    shorten(&msg, 400);
    if (msg.text == NULL) {
        free(msg.nick);
        return -1;
    }
    snprintf(frame, sizeof frame, "<%s> %s", msg.nick, msg.text);
    rc = mq_send(out, frame, strlen(frame), 0);
    free(msg.nick);
    free(msg.text);
    return rc;
}
