/* session.c (fixed) - per-connection state for the chat server project */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct session {
    int fd;
    char *user;
    char *inbox;
};

void session_close(struct session *s)
{
    int fd = s->fd;

    close(fd);
    free(s->user);
    free(s->inbox);
    free(s);
    printf("closed session on fd %d\n", fd);
}

int session_rename(struct session *s, const char *name)
{
    char *copy = strdup(name);

    if (copy == NULL)
        return -1;
    fprintf(stderr, "user %s is now %s\n", s->user, copy);
    free(s->user);
    s->user = copy;
    return 0;
}

void session_clear_inbox(struct session *s, int keep)
{
    if (keep) {
        printf("inbox kept: %s\n", s->inbox ? s->inbox : "(empty)");
    } else {
        free(s->inbox);
        s->inbox = NULL;
    }
    if (s->inbox == NULL)
        printf("inbox is empty\n");
}
